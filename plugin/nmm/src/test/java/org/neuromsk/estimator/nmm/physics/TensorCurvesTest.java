package org.neuromsk.estimator.nmm.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.Test;

import org.neuromsk.engine.muscle.curve.ThelenActiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenForceVelocityInverse;
import org.neuromsk.engine.muscle.curve.ThelenPassiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenTendonForceLengthCurve;
import org.neuromsk.estimator.nmm.TensorFixture;

/**
 * The tensor curves against the engine's Java curves, in float64: values and first derivatives
 * (autograd against the engine's analytic derivatives) to 1e−6.
 */
class TensorCurvesTest extends TensorFixture {

    private static final double TOLERANCE = 1e-6;

    @Test
    void activeForceLengthMatchesEngine() {
        // arm26's KshapeActive 0.5 and OpenSim's default 0.45
        for (double gamma : new double[] {0.5, 0.45}) {
            ThelenActiveForceLengthCurve curve = new ThelenActiveForceLengthCurve(gamma);
            check(grid(0.3, 1.8, 61), x -> TensorCurves.activeForceLength(x, scalar(gamma)), curve::value,
                    curve::firstDerivative);
        }
    }

    @Test
    void passiveForceLengthMatchesEngine() {
        for (double[] p : new double[][] {{0.6, 4}, {0.6, 5}, {0.5, 3}}) {
            ThelenPassiveForceLengthCurve curve = new ThelenPassiveForceLengthCurve(p[0], p[1]);
            // avoid l̃ = 1 exactly, where the curve has a kink in its slope
            check(grid(0.51, 1.71, 60), x -> TensorCurves.passiveForceLength(x, scalar(p[1]), scalar(p[0])),
                    curve::value, curve::firstDerivative);
        }
    }

    @Test
    void tendonForceLengthMatchesEngine() {
        for (double strain : new double[] {0.033, 0.04}) {
            ThelenTendonForceLengthCurve curve = new ThelenTendonForceLengthCurve(strain);
            double[] points = grid(0.9901, 1.0801, 90);
            check(points, x -> TensorCurves.tendonForceLength(x, scalar(strain)), curve::value, curve::firstDerivative);
            // the toe region (strain below ε_toe) is sampled too
            assertTrue(points[20] - 1 > 0 && points[20] - 1 < curve.toeStrain());
        }
    }

    @Test
    void forceVelocityIsTheInverseOfTheEngineRelation() {
        double af = 0.3;
        double flen = 1.8;
        double threshold = 0.95;
        ThelenForceVelocityInverse inverse = new ThelenForceVelocityInverse(af, flen, threshold);
        double fal = 0.8;
        for (double a : new double[] {0.01, 0.05, 0.2, 0.5, 0.9, 1.0}) {
            for (double v : grid(-1.2, 1.3, 101)) {
                double fv = ThelenForceVelocity.multiplier(a, v, af, flen, threshold);
                if (fv > 0) {
                    // the engine's velocity for the force a·f_AL·f_V gives back v
                    assertEquals(v, inverse.normFiberVelocity(a, fal, a * fal * fv), 1e-12, "a " + a + " v " + v);
                    assertEquals(fv, inverse.forceVelocityMultiplier(a, fal, v, 1e-12, 100), TOLERANCE);
                } else {
                    // below −s = −(0.25 + 0.75a) the multiplier is clamped at zero
                    assertTrue(v <= -(0.25 + 0.75 * a) + 1e-12, "zero force at v " + v);
                }
            }
        }
    }

    @Test
    void tensorForceVelocityMatchesJavaWithDerivative() {
        double af = 0.25;
        double flen = 1.4;
        double threshold = 0.95;
        ThelenForceVelocityInverse inverse = new ThelenForceVelocityInverse(af, flen, threshold);
        for (double a : new double[] {0.02, 0.3, 1.0}) {
            // skip v = 0 (slope kink) by an odd grid
            double[] v = grid(-0.2 - 0.75 * a + 0.0013, 1.1, 77);
            NDArray x = manager.create(v);
            double[] filled = new double[v.length];
            java.util.Arrays.fill(filled, a);
            NDArray activation = manager.create(filled);
            double[] values;
            double[] slopes;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                x.setRequiresGradient(true);
                NDArray fv = TensorCurves.forceVelocity(activation, x, scalar(af), scalar(flen), scalar(threshold));
                collector.backward(fv.sum());
                values = fv.toDoubleArray();
                slopes = x.getGradient().toDoubleArray();
            }
            for (int i = 0; i < v.length; i++) {
                double expected = ThelenForceVelocity.multiplier(a, v[i], af, flen, threshold);
                assertEquals(expected, values[i], TOLERANCE, "f_V at a " + a + " v " + v[i]);
                if (expected > 0) {
                    // df_V/dṽ = 1/(f_AL·a·dṽ/dF) from the engine's own slope (f_AL = 1 here)
                    double engineSlope = 1 / (a * inverse.normFiberVelocityDerivative(a, 1.0, a * expected));
                    assertEquals(engineSlope, slopes[i], TOLERANCE * Math.max(1, Math.abs(engineSlope)),
                            "slope at a " + a + " v " + v[i]);
                }
            }
        }
    }

    private static void check(double[] points, UnaryOperator<NDArray> tensor, DoubleUnaryOperator value,
            DoubleUnaryOperator derivative) {
        NDArray x = manager.create(points);
        double[] values;
        double[] slopes;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            x.setRequiresGradient(true);
            NDArray y = tensor.apply(x);
            collector.backward(y.sum());
            values = y.toDoubleArray();
            slopes = x.getGradient().toDoubleArray();
        }
        for (int i = 0; i < points.length; i++) {
            assertEquals(value.applyAsDouble(points[i]), values[i], TOLERANCE, "value at " + points[i]);
            assertEquals(derivative.applyAsDouble(points[i]), slopes[i], TOLERANCE, "slope at " + points[i]);
        }
    }

    private static NDArray scalar(double value) {
        return manager.create(value);
    }

    static double[] grid(double from, double to, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = from + (to - from) * i / (count - 1);
        }
        return out;
    }
}
