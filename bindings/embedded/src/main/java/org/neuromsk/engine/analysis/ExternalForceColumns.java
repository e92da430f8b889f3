package org.neuromsk.engine.analysis;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * The columns OpenSim's ForceReporter writes for ExternalForces: {@code <body>_<name>_Fx/Fy/Fz} (force in
 * Ground, N), {@code _px/py/pz} (point in the applied body, m) when a point is given, and
 * {@code _Tx/Ty/Tz} (torque in Ground, N·m) when a torque is given.
 */
final class ExternalForceColumns {

    private final List<ExternalForce> loads;
    private final List<String> labels;

    ExternalForceColumns(List<ExternalForce> loads) {
        this.loads = List.copyOf(loads);
        List<String> out = new ArrayList<>();
        for (ExternalForce f : loads) {
            String prefix = f.appliedTo().name() + "_" + f.name() + "_";
            if (f.force() != null) {
                out.addAll(List.of(prefix + "Fx", prefix + "Fy", prefix + "Fz"));
                if (f.point() != null) {
                    out.addAll(List.of(prefix + "px", prefix + "py", prefix + "pz"));
                }
            }
            if (f.torque() != null) {
                out.addAll(List.of(prefix + "Tx", prefix + "Ty", prefix + "Tz"));
            }
        }
        this.labels = List.copyOf(out);
    }

    /** @return the column labels, in order */
    List<String> labels() {
        return labels;
    }

    /** @return the number of columns */
    int columnCount() {
        return labels.size();
    }

    /**
     * Writes one row.
     *
     * @param t time (s)
     * @param pose kinematics realized to positions
     * @param table columns {@code [column][row]}
     * @param firstColumn index of this block's first column
     * @param row the row
     */
    void record(double t, Kinematics pose, double[][] table, int firstColumn, int row) {
        int c = firstColumn;
        for (ExternalForce f : loads) {
            Transform forceFrame = pose.frameTransform(f.forceFrame());
            if (f.force() != null) {
                c = put(forceFrame.rotation().apply(at(f.force(), t)), table, c, row);
                if (f.point() != null) {
                    Vec3 inGround = pose.frameTransform(f.pointFrame()).apply(at(f.point(), t));
                    c = put(pose.frameTransform(f.appliedTo()).inverse().apply(inGround), table, c, row);
                }
            }
            if (f.torque() != null) {
                c = put(forceFrame.rotation().apply(at(f.torque(), t)), table, c, row);
            }
        }
    }

    private static int put(Vec3 v, double[][] table, int c, int row) {
        table[c][row] = v.x();
        table[c + 1][row] = v.y();
        table[c + 2][row] = v.z();
        return c + 3;
    }

    private static Vec3 at(Function[] f, double t) {
        return new Vec3(f[0].value(t), f[1].value(t), f[2].value(t));
    }
}
