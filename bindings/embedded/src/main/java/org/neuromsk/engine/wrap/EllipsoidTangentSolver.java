package org.neuromsk.engine.wrap;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.neuromsk.error.NeuroMskException;

/**
 * Finds the point R on an ellipsoid, inside a given plane, such that the line from an outside
 * point P touches the ellipsoid at R: the damped Gauss–Newton (Levenberg–Marquardt style) solve
 * OpenSim's {@code WrapEllipsoid} uses, with its residuals, damping schedule, 1/16 step scaling,
 * step doubling, 1e-8 stopping test and iteration limits (50 outer, 1000 inner). Re-implemented
 * step for step because the limits and tolerances decide where it stops, which is part of
 * OpenSim's numbers. All quantities are in the ellipsoid's scaled frame.
 *
 * <p>Unknowns: R (3) and the offset d of the tangent plane n·x + d = 0 with n = 2(R − m)/a².
 * Residuals: plane of the wrap (vs·R + vs4), ellipsoid equation, R on its tangent plane, P on
 * R's tangent plane.
 */
final class EllipsoidTangentSolver {

    private static final double ON_SURFACE_TOLERANCE = 1e-4;
    private static final double CONVERGED_SUM_OF_SQUARES = 1e-8;
    private static final int MAX_OUTER_ITERATIONS = 50;
    private static final int MAX_INNER_ITERATIONS = 1000;
    private static final double INITIAL_DAMPING = 0.01;
    private static final double STEP_SCALE = 16.0;

    private final double[] centre;
    private final double[] axes;
    private final double[] planeNormal;
    private final double planeOffset;

    /**
     * @param centre ellipsoid centre (scaled frame)
     * @param axes semi-axes (scaled frame)
     * @param planeNormal unit normal of the wrap plane
     * @param planeOffset offset of the wrap plane: planeNormal·x + planeOffset = 0
     */
    EllipsoidTangentSolver(double[] centre, double[] axes, double[] planeNormal, double planeOffset) {
        this.centre = V3.copy(centre);
        this.axes = V3.copy(axes);
        this.planeNormal = V3.copy(planeNormal);
        this.planeOffset = planeOffset;
    }

    /**
     * @param pointLevel ellipsoid function of P, Σ((P − m)/a)² − 1; |value| &lt; 1e-4 means P is
     *     on the surface and is returned as the tangent point
     * @param start initial guess for R
     * @param point the outside point P
     * @return the tangent point R
     */
    double[] solve(double pointLevel, double[] start, double[] point) {
        if (Math.abs(pointLevel) < ON_SURFACE_TOLERANCE) {
            return V3.copy(point);
        }
        double[] r = V3.copy(start);
        double tangentOffset = -V3.dot(surfaceNormal(r), r);
        double[] e = residuals(r, tangentOffset, point);
        double ssqOld = sumOfSquares(e);
        double ssq = ssqOld;
        double damping = INITIAL_DAMPING;
        double[] step = new double[4];
        for (int outer = 0; ssq > CONVERGED_SUM_OF_SQUARES && outer < MAX_OUTER_ITERATIONS; outer++) {
            // jac[i][j] = ∂e_j/∂x_i with x = (R, d).
            double[][] jac = new double[4][4];
            for (int i = 0; i < 3; i++) {
                double a2 = axes[i] * axes[i];
                jac[i][0] = planeNormal[i];
                jac[i][1] = 2.0 * (r[i] - centre[i]) / a2;
                jac[i][2] = 2.0 * (2.0 * r[i] - centre[i]) / a2;
                jac[i][3] = 2.0 * point[i] / a2;
            }
            jac[3][0] = 0.0;
            jac[3][1] = 0.0;
            jac[3][2] = 1.0;
            jac[3][3] = 1.0;

            // Shrink steps when the line P→R points nearly at the centre.
            double cosine = V3.dot(V3.unitOrZero(V3.minus(point, r)), V3.unitOrZero(V3.minus(point, centre)));
            double attenuation = cosine > 0.1 ? 1.0 - Math.pow(cosine, 100) : 1.0;

            double[] gradient = new double[4];
            for (int i = 0; i < 4; i++) {
                gradient[i] = 0.0;
                for (int j = 0; j < 4; j++) {
                    gradient[i] -= jac[i][j] * e[j];
                }
            }
            double[][] normal = new double[4][4];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    normal[i][j] = 0.0;
                    for (int k = 0; k < 4; k++) {
                        normal[i][j] += jac[i][k] * jac[j][k];
                    }
                }
            }
            double[] diagonal = new double[4];
            for (int i = 0; i < 4; i++) {
                diagonal[i] = normal[i][i];
            }

            // Raise the damping until the sum of squares stops growing. Each trial step is added
            // to the current estimate without undoing the previous trial, as in OpenSim.
            for (int inner = 0; ssq >= ssqOld && inner < MAX_INNER_ITERATIONS; inner++) {
                for (int i = 0; i < 4; i++) {
                    normal[i][i] = diagonal[i] * (1.0 + damping);
                }
                double[][] inverse = invert(normal);
                for (int i = 0; i < 4; i++) {
                    step[i] = 0.0;
                    for (int j = 0; j < 4; j++) {
                        step[i] += attenuation * inverse[i][j] * gradient[j] / STEP_SCALE;
                    }
                }
                for (int i = 0; i < 3; i++) {
                    r[i] += step[i];
                }
                tangentOffset += step[3];
                e = residuals(r, tangentOffset, point);
                ssqOld = ssq;
                ssq = sumOfSquares(e);
                damping *= 4.0;
            }
            damping /= 8.0;

            // Then keep doubling the step while that improves, and take back the last doubling.
            double factor = 0.5;
            for (int inner = 0; ssq <= ssqOld && inner < MAX_INNER_ITERATIONS; inner++) {
                factor *= 2.0;
                for (int i = 0; i < 3; i++) {
                    r[i] += step[i] * factor;
                }
                tangentOffset += step[3] * factor;
                e = residuals(r, tangentOffset, point);
                ssqOld = ssq;
                ssq = sumOfSquares(e);
            }
            for (int i = 0; i < 3; i++) {
                r[i] -= step[i] * factor;
            }
            tangentOffset -= step[3] * factor;
            e = residuals(r, tangentOffset, point);
            ssq = sumOfSquares(e);
            ssqOld = ssq;
        }
        return r;
    }

    private double[] surfaceNormal(double[] r) {
        double[] n = new double[3];
        for (int i = 0; i < 3; i++) {
            n[i] = 2.0 * (r[i] - centre[i]) / (axes[i] * axes[i]);
        }
        return n;
    }

    private double[] residuals(double[] r, double tangentOffset, double[] point) {
        double[] n = surfaceNormal(r);
        double level = -1.0;
        for (int i = 0; i < 3; i++) {
            double q = (r[i] - centre[i]) / axes[i];
            level += q * q;
        }
        return new double[] {
            V3.dot(planeNormal, r) + planeOffset,
            level,
            V3.dot(n, r) + tangentOffset,
            V3.dot(n, point) + tangentOffset,
        };
    }

    private static double sumOfSquares(double[] e) {
        return e[0] * e[0] + e[1] * e[1] + e[2] * e[2] + e[3] * e[3];
    }

    /** LU inverse with partial pivoting (OpenSim uses LAPACK getrf/getri for this 4x4). */
    private static double[][] invert(double[][] m) {
        RealMatrix matrix = new Array2DRowRealMatrix(m, true);
        try {
            return new LUDecomposition(matrix, 0.0).getSolver().getInverse().getData();
        } catch (SingularMatrixException ex) {
            throw new NeuroMskException("WrapEllipsoid tangent-point solve met a singular matrix", ex);
        }
    }
}
