package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.path.CurrentPath;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.path.MomentArmSolver;
import org.neuromsk.engine.wrap.WrapState;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/** arm26 (wrapping paths, Thelen muscles) from the shared reference data. */
class Arm26ForwardTest {

    private static final String ARM26 = "opensim-4.5.2/arm26/";

    @TempDir
    Path dir;

    /**
     * The lengthening speed summed over path segments (OpenSim's GeometryPath) equals −f̂·u, the power
     * of a unit tension through the moment-arm solver's generalized forces (an independent route
     * through the inverse dynamics), at poses that wrap over cylinders and ellipsoids.
     */
    @Test
    void lengtheningSpeedEqualsMinusUnitTensionPower() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(TestData.require(ARM26 + "arm26.osim"));
        Model model = ModelLoader.fromDocument(doc);
        Kinematics pose = new Kinematics(model.multibody());
        MomentArmSolver solver = new MomentArmSolver(model.multibody(), List.of());
        double[][] poses = {{0.1, 0.2}, {-0.3, 1.4}, {0.6, 2.2}, {0.0, 0.0}};
        double[] u = {0.7, -1.3};
        double[] f = new double[2];
        for (double[] q : poses) {
            pose.realize(q, u, new double[2]);
            for (var e : model.paths().entrySet()) {
                GeometryPath path = e.getValue();
                WrapState[] memory = path.newWrapStates();
                CurrentPath current = path.compute(pose, q, memory);
                solver.unitTensionForces(current, q, f);
                double expected = -(f[0] * u[0] + f[1] * u[1]);
                assertEquals(expected, PathMechanics.lengtheningSpeed(current, pose, q, u), 1e-12,
                        e.getKey() + " at " + java.util.Arrays.toString(q));
            }
        }
    }

    /**
     * Controls written as a ControlSet XML, and as an exact controls table, read back and drive the
     * same simulation bit for bit; a table and the ControlSet made from it drive the same one too.
     */
    @Test
    void writtenControlsDriveTheSameSimulationBitForBit() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(TestData.require(ARM26 + "arm26.osim"));
        ForwardModel model = Fixtures.model(doc);
        ControlSignals original = ControlSignals.read(
                TestData.require(ARM26 + "so/expected/arm26_StaticOptimization_controls.xml"));
        Path xml = dir.resolve("controls.xml");
        original.writeControlSet("Control Set", xml);
        Storage reference = simulate(model, original);
        assertBitwiseEqual(reference, simulate(model, ControlSignals.read(xml)));

        Storage table = StorageReader.read(TestData.require(ARM26 + "forward/expected/arm26_controls.sto"));
        Path sto = dir.resolve("controls.sto");
        StorageWriter.write(table, sto, StorageWriter.Options.version1());
        Path fromTable = dir.resolve("from_table.xml");
        ControlSignals.fromStorage("table", table).writeControlSet("Control Set", fromTable);
        Storage byTable = simulate(model, ControlSignals.fromStorage("table", table));
        assertBitwiseEqual(byTable, simulate(model, ControlSignals.read(sto)));
        assertBitwiseEqual(byTable, simulate(model, ControlSignals.read(fromTable)));
    }

    private static Storage simulate(ForwardModel model, ControlSignals controls) {
        return Fixtures.run(model, controls, Optional.empty(), 0, 0.3, true, w -> { }).states();
    }

    private static void assertBitwiseEqual(Storage expected, Storage actual) {
        assertArrayEquals(expected.time(), actual.time());
        assertEquals(expected.labels(), actual.labels());
        for (int c = 0; c < expected.columnCount(); c++) {
            assertArrayEquals(expected.column(c), actual.column(c), expected.labels().get(c));
        }
    }
}
