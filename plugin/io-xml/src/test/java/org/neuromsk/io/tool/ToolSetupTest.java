package org.neuromsk.io.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.control.ControlSetController;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.io.xml.Range;

/** Tool setups of the shared data (versions 20302, 30000 and 40000). */
class ToolSetupTest {

    @Test
    void inverseDynamicsOpenSim3Setup() {
        Path setup = TestData.require("opensim-models/Pipelines/Gait10dof18musc/OutputReference/ID/walk_Setup_ID.xml");
        OsimDocument<ToolSetup> doc = OpenSimXml.readTool(setup);
        assertEquals("30000", doc.version());
        InverseDynamicsTool id = assertInstanceOf(InverseDynamicsTool.class, doc.root());
        assertEquals("../subject01.osim", id.modelFile());
        assertEquals(new Range(0, 2.5), id.timeRange());
        assertEquals(List.of("Muscles"), id.forcesToExclude());
        assertEquals(6.0, id.lowpassCutoffFrequencyForCoordinates());
        assertEquals(List.of(), id.jointsToReportBodyForces());

        Path folder = setup.toAbsolutePath().getParent(); // …/OutputReference/ID
        Path reference = folder.getParent();
        assertEquals(reference.resolve("subject01.osim"), id.modelPath(setup).orElseThrow());
        assertEquals(reference.resolve("IK/subject01_walk_IK.mot"), id.coordinatesPath(setup).orElseThrow());
        assertEquals(reference.resolve("ExperimentalData/subject01_walk_grf.xml"), id.externalLoadsPath(setup).orElseThrow());
        assertEquals(folder.resolve("Results/subject01_walk_ID.sto"), id.outputGenForcePath(setup).orElseThrow());
        assertTrue(Files.exists(id.coordinatesPath(setup).orElseThrow()));
        assertTrue(Files.exists(id.modelPath(setup).orElseThrow()));

        assertEquals("Inverse dynamics \"walk_subject\": model ../subject01.osim; coordinates "
                + "../IK/subject01_walk_IK.mot, low-pass filtered at 6 Hz; external loads "
                + "../ExperimentalData/subject01_walk_grf.xml; time 0 s to 2.5 s; forces excluded: Muscles. "
                + "Writes generalized forces to Results/subject01_walk_ID.sto.", id.describe());
    }

    @Test
    void inverseDynamicsSetupsOfOtherVersions() {
        InverseDynamicsTool raj = OpenSimXml.readTool(TestData.require("opensim-models/Pipelines/Rajagopal/ID/id_setup_walk.xml"),
                InverseDynamicsTool.class).root();
        assertEquals(List.of("muscles", "actuators"), raj.forcesToExclude());
        assertEquals(-1.0, raj.lowpassCutoffFrequencyForCoordinates());
        assertTrue(raj.describe().contains("not filtered"), raj.describe());
        assertEquals("", raj.inputDirectory());

        InverseDynamicsTool v4 = OpenSimXml.readTool(TestData.require("opensim-4.5.2/rajagopal-walk/walk_Setup_ID.xml"),
                InverseDynamicsTool.class).root();
        assertEquals(new Range(0.45, 2.5), v4.timeRange());
        assertEquals("id.sto", v4.outputGenForceFile());

        InverseDynamicsTool arm = OpenSimXml.readTool(TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseDynamics/arm26_Setup_InverseDynamics.xml"),
                InverseDynamicsTool.class).root();
        assertEquals(Boolean.TRUE, arm.coordinatesInDegrees());
        assertEquals("arm26.osim", arm.modelFile()); // "<model_file> arm26.osim </model_file>" trimmed
        assertEquals(new Range(0, 1), arm.timeRange());
        assertFalse(arm.hasExternalLoadsFile());
        assertEquals(Optional.empty(), arm.externalLoadsPath(Path.of("setup.xml")));
    }

    @Test
    void forwardToolWithControlSetController() {
        Path setup = TestData.require("opensim-4.5.2/arm26/arm26_Setup_Forward.xml");
        ForwardTool forward = OpenSimXml.readTool(setup, ForwardTool.class).root();
        assertEquals(0.0, forward.initialTime());
        assertEquals(1.0, forward.finalTime());
        assertEquals(30000, forward.maximumNumberOfIntegratorSteps());
        assertEquals(1e-8, forward.minimumIntegratorStepSize());
        assertEquals(1e-5, forward.integratorErrorTolerance());
        assertTrue(forward.solveForEquilibriumForAuxiliaryStates());
        ControlSetController controller = assertInstanceOf(ControlSetController.class, forward.controllers().get(0));
        assertTrue(controller.enabled()); // <isDisabled> false </isDisabled>
        Path controls = controller.controlsPath(setup).orElseThrow();
        assertEquals(setup.toAbsolutePath().getParent().resolve("so/expected/arm26_StaticOptimization_controls.xml"), controls);
        assertTrue(Files.exists(controls));
        assertEquals(Optional.empty(), forward.statesPath(setup)); // <states_file>  </states_file>
        String text = forward.describe();
        assertTrue(text.contains("controls from so/expected/arm26_StaticOptimization_controls.xml"), text);
        assertTrue(text.contains("time 0 s to 1 s"), text);
    }

    @Test
    void analyzeToolWithStaticOptimization() {
        AnalyzeTool analyze = OpenSimXml.readTool(TestData.require("opensim-4.5.2/arm26/arm26_Setup_StaticOptimization.xml"),
                AnalyzeTool.class).root();
        assertEquals("arm26_InverseKinematics.mot", analyze.coordinatesFile());
        assertEquals(6.0, analyze.lowpassCutoffFrequencyForCoordinates());
        StaticOptimization so = assertInstanceOf(StaticOptimization.class, analyze.analyses().get(0));
        assertEquals(2.0, so.activationExponent());
        assertTrue(so.useMusclePhysiology());
        assertTrue(so.useModelForceSet());
        assertEquals(1, so.stepInterval());
        assertEquals(List.of("StaticOptimization"), analyze.analysisNames());
        assertTrue(analyze.describe().contains("analyses StaticOptimization"), analyze.describe());
    }

    @Test
    void cmcToolAndTasks() {
        Path setup = TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/ComputedMuscleControl/arm26_Setup_ComputedMuscleControl.xml");
        CMCTool cmc = OpenSimXml.readTool(setup, CMCTool.class).root();
        assertFalse(cmc.replaceForceSet());
        assertEquals(List.of("arm26_Reserve_Actuators.xml"), cmc.forceSetFiles());
        assertEquals(0.01, cmc.cmcTimeWindow());
        assertEquals(1.0e-4, cmc.optimizerDerivativeDx()); // OpenSim 3 name, kept
        assertEquals(List.of("Kinematics", "Actuation"), cmc.analysisNames());
        Kinematics kinematics = (Kinematics) cmc.analyses().get(0);
        assertEquals(Double.NEGATIVE_INFINITY, kinematics.startTime()); // "-infinity"
        assertEquals(10, kinematics.stepInterval());
        assertEquals(List.of("all"), kinematics.coordinates());

        CmcTaskSet tasks = OpenSimXml.read(cmc.taskSetPath(setup).orElseThrow(), CmcTaskSet.class).root();
        CmcJoint elbow = tasks.find("r_elbow_flex").orElseThrow();
        assertEquals("r_elbow_flex", elbow.coordinate());
        assertEquals(100.0, elbow.kp().get(0));
        assertEquals(20.0, elbow.kv().get(0));
        assertEquals(List.of("true", "false", "false"), elbow.active());
    }

    @Test
    void inverseKinematicsTool() {
        InverseKinematicsTool ik = OpenSimXml.readTool(TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseKinematics/arm26_Setup_InverseKinematics.xml"),
                InverseKinematicsTool.class).root();
        assertEquals(Double.POSITIVE_INFINITY, ik.constraintWeight()); // "infinity"
        assertEquals(1e-5, ik.accuracy());
        assertEquals(3, ik.tasks().size());
        assertInstanceOf(IKMarkerTask.class, ik.tasks().get(0));
        assertEquals("r_acromion", ik.tasks().get(0).name());
        assertEquals(Optional.empty(), ik.markerPath(Path.of("x.xml")).filter(p -> false));
        assertEquals(Optional.empty(), ToolSetup.resolve(Path.of("x.xml"), ik.coordinateFile())); // "Unassigned"
        assertTrue(ik.describe().contains("markers arm26_elbow_flex.trc (3 tasks)"), ik.describe());
    }
}
