package org.neuromsk.engine.wrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuromsk.engine.multibody.spatial.ArrayKernels;

/**
 * Placement of a wrap object in the frame of the body (or physical frame) that carries it: the
 * OpenSim properties {@code xyz_body_rotation} (body-fixed X-Y-Z Euler angles, so
 * R = Rx(θ1)·Ry(θ2)·Rz(θ3)) and {@code translation}. A point p_wrap in the wrap frame is at
 * p_body = R·p_wrap + translation.
 */
public final class WrapFrame {

    /** Wrap frame coinciding with the body frame. */
    public static final WrapFrame IDENTITY = new WrapFrame(new double[3], new double[3]);

    /** Row-major R, re-expressing wrap-frame vectors in the body frame. */
    private final double[][] rotation;
    private final double[] translation;
    private final double[] angles;

    /**
     * @param xyzBodyRotation body-fixed X-Y-Z Euler angles (rad)
     * @param translation origin of the wrap frame in the body frame (m)
     */
    public WrapFrame(double[] xyzBodyRotation, double[] translation) {
        this.angles = V3.requireVector(xyzBodyRotation, "xyzBodyRotation");
        this.translation = V3.requireVector(translation, "translation");
        this.rotation = bodyFixedXyz(angles[0], angles[1], angles[2]);
    }

    /** @return a copy of the Euler angles (rad) */
    public double[] xyzBodyRotation() {
        return V3.copy(angles);
    }

    /** @return a copy of the translation (m) */
    public double[] translation() {
        return V3.copy(translation);
    }

    /** @return a copy of R (row-major), mapping wrap-frame vectors to body-frame vectors */
    public double[][] rotation() {
        return new double[][] {V3.copy(rotation[0]), V3.copy(rotation[1]), V3.copy(rotation[2])};
    }

    /** @return Rx(a)·Ry(b)·Rz(c) as rows */
    private static double[][] bodyFixedXyz(double a, double b, double c) {
        double[] r = new double[9];
        ArrayKernels.bodyFixedXYZ(a, b, c, r, 0);
        return new double[][] {Arrays.copyOfRange(r, 0, 3), Arrays.copyOfRange(r, 3, 6), Arrays.copyOfRange(r, 6, 9)};
    }

    /**
     * @param pointInBody a point in the body frame (m)
     * @return the same point in the wrap frame, Rᵀ·(p − translation) (m)
     */
    public double[] toWrap(double[] pointInBody) {
        double[] d = V3.minus(V3.requireVector(pointInBody, "point"), translation);
        return V3.of(rotation[0][0] * d[0] + rotation[1][0] * d[1] + rotation[2][0] * d[2],
                rotation[0][1] * d[0] + rotation[1][1] * d[1] + rotation[2][1] * d[2],
                rotation[0][2] * d[0] + rotation[1][2] * d[1] + rotation[2][2] * d[2]);
    }

    /**
     * @param pointInWrap a point in the wrap frame (m)
     * @return the same point in the body frame, R·p + translation (m)
     */
    public double[] toBody(double[] pointInWrap) {
        double[] p = V3.requireVector(pointInWrap, "point");
        return V3.of(V3.dot(rotation[0], p) + translation[0], V3.dot(rotation[1], p) + translation[1],
                V3.dot(rotation[2], p) + translation[2]);
    }

    /**
     * Wraps a segment given in the body frame: maps the end points into the wrap frame, wraps,
     * and maps the tangent and arc points back (the state stays in wrap-object coordinates), as
     * OpenSim's {@code WrapObject::wrapPathSegment} does.
     *
     * @param object the wrap object placed by this frame
     * @param p1InBody first end point in the body frame (m)
     * @param p2InBody second end point in the body frame (m)
     * @param previous the PathWrap's state
     * @param adjustTangents see {@link WrapObject#wrap}
     * @return the result with points in the body frame
     */
    public WrapResult wrapInBody(WrapObject object, double[] p1InBody, double[] p2InBody,
            WrapState previous, boolean adjustTangents) {
        return toBody(object.wrap(toWrap(p1InBody), toWrap(p2InBody), previous, adjustTangents));
    }

    /**
     * @param resultInWrap a result in the wrap frame
     * @return the result with tangent and arc points mapped to the body frame (NaN stays NaN)
     */
    public WrapResult toBody(WrapResult resultInWrap) {
        List<double[]> points = new ArrayList<>();
        for (double[] p : resultInWrap.arcPoints()) {
            points.add(toBody(p));
        }
        return new WrapResult(resultInWrap.code(), toBody(resultInWrap.r1()), toBody(resultInWrap.r2()),
                resultInWrap.arcLength(), points, resultInWrap.state());
    }
}
