package org.neuromsk.io.externalloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;

/** ExternalLoads files of the shared data. */
class ExternalLoadsTest {

    @Test
    void gait10dofGroundReactions() {
        Path xml = TestData.require(
                "opensim-models/Pipelines/Gait10dof18musc/OutputReference/ExperimentalData/subject01_walk_grf.xml");
        ExternalLoads loads = OpenSimXml.readExternalLoads(xml).root();
        assertEquals("WalkingGRF", loads.name());
        assertEquals(List.of("right", "left"), loads.forces().stream().map(ExternalForce::name).collect(Collectors.toList()));
        ExternalForce left = loads.forces().get(1);
        assertEquals("calcn_l", left.appliedToBody());
        assertEquals("ground", left.forceExpressedInBody());
        assertEquals("ground", left.pointExpressedInBody());
        assertEquals("1_ground_force_v", left.forceIdentifier());
        assertEquals("1_ground_force_p", left.pointIdentifier());
        assertEquals("1_ground_torque_", left.torqueIdentifier());
        assertEquals("Unassigned", left.dataSourceName());
        assertTrue(left.appliesForce()); // <isDisabled>false</isDisabled>
        assertEquals("subject01_walk_grf.mot", loads.datafile());
        Path data = loads.datafilePath(xml).orElseThrow();
        assertEquals(xml.toAbsolutePath().getParent().resolve("subject01_walk_grf.mot"), data);
        assertTrue(Files.exists(data), "the data file sits beside the XML");
    }

    @Test
    void rajagopalGroundReactionsWithLegacyKinematicsSettings() {
        Path xml = TestData.require("opensim-models/Pipelines/Rajagopal/ID/grf_walk.xml");
        ExternalLoads loads = OpenSimXml.readExternalLoads(xml).root();
        assertEquals("ground_force_r_v", loads.forces().get(0).forceIdentifier());
        assertEquals("", loads.forces().get(0).dataSourceName()); // absent
        assertEquals("../IK/results_walk/ik_output_walk.mot", loads.externalLoadsModelKinematicsFile());
        assertEquals(6.0, loads.lowpassCutoffFrequencyForLoadKinematics());
        // <datafile>../ExpData/grf_walk.mot</datafile>, resolved against Pipelines/Rajagopal/ID/
        Path expected = xml.toAbsolutePath().getParent().getParent().resolve("ExpData").resolve("grf_walk.mot");
        assertEquals(expected, loads.datafilePath(xml).orElseThrow());
    }
}
