package org.neuromsk.engine.tool;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.engine.model.ForceDescription;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * forces_to_exclude on pendulum_forces.osim, whose ForceSet holds a Thelen2003Muscle "mus", a
 * CoordinateActuator "act" (group "reserves"), a SpringGeneralizedForce "spring" (group "passive",
 * a type the engine cannot evaluate) and three disabled forces: a CoordinateActuator "off"
 * (appliesForce false) and, of types the XML reader does not model, "spring_off" (appliesForce
 * false) and "legacy" (OpenSim 3's isDisabled true).
 */
class ForceExclusionTest {

    private static final Path OSIM = Motions.resource("pendulum_forces.osim");

    private final Model model = ModelLoader.load(OSIM);

    @TempDir
    Path dir;

    private List<String> remaining(String... excluded) {
        return ForceExclusion.remaining(model, List.of(excluded)).stream().map(ForceDescription::name).toList();
    }

    @Test
    void forceSetIsDescribed() {
        List<ForceDescription> forces = model.forces();
        assertEquals(List.of("mus", "act", "off", "spring", "spring_off", "legacy"),
                forces.stream().map(ForceDescription::name).toList(),
                "typed members in file order, then members of types the reader does not model");
        ForceDescription mus = forces.get(0);
        assertTrue(mus.muscle() && mus.actuator() && mus.appliesForce());
        assertEquals("Thelen2003Muscle", mus.type());
        assertEquals(List.of("reserves"), forces.get(1).groups());
        assertFalse(forces.get(2).appliesForce());
        ForceDescription spring = forces.get(3);
        assertEquals("SpringGeneralizedForce", spring.type());
        assertFalse(spring.actuator());
        assertEquals(List.of("passive"), spring.groups());
        assertTrue(spring.appliesForce());
        assertFalse(forces.get(4).appliesForce(), "appliesForce false on a type the reader does not model");
        assertFalse(forces.get(5).appliesForce(), "isDisabled true on a type the reader does not model");
    }

    @Test
    void keywordsGroupsAndNamesDecideWhatRemains() {
        // Disabled forces ("off", "spring_off", "legacy") never remain.
        assertEquals(List.of("mus", "act", "spring"), remaining());
        assertEquals(List.of("act", "spring"), remaining("Muscles"));
        assertEquals(List.of("act", "spring"), remaining("muscles"), "keywords are case-insensitive");
        // Muscles are actuators too.
        assertEquals(List.of("spring"), remaining("Actuators"));
        assertEquals(List.of("spring"), remaining("ACTUATORS"));
        assertEquals(List.of(), remaining("All"));
        assertEquals(List.of(), remaining("all"));
        assertEquals(List.of("mus", "act"), remaining("passive"), "a group name");
        assertEquals(List.of("act"), remaining("Muscles", "spring"), "a force name");
        assertEquals(List.of("mus", "act", "spring"), remaining("Spring"), "names are case-sensitive");
        assertEquals(List.of(), remaining("reserves", "passive", "Muscles"));
    }

    @Test
    void musclesOfTypesTheReaderDoesNotModelAreStillMuscles() throws IOException {
        // OpenSim's "Muscles" keyword excludes every Muscle subclass (DeGrooteFregly2016Muscle,
        // RigidTendonMuscle, ...), and "Actuators" every actuator (McKibbenActuator is a PathActuator).
        Path osim = dir.resolve("pendulum_degroote.osim");
        Files.writeString(osim, Files.readString(OSIM).replace("Thelen2003Muscle", "DeGrooteFregly2016Muscle")
                .replace("SpringGeneralizedForce name=\"spring\"", "McKibbenActuator name=\"spring\"")
                .replaceFirst("</SpringGeneralizedForce>", "</McKibbenActuator>"));
        Model other = ModelLoader.load(osim);
        ForceDescription mus = other.forces().stream().filter(f -> f.name().equals("mus")).findFirst().orElseThrow();
        assertEquals("DeGrooteFregly2016Muscle", mus.type());
        assertTrue(mus.muscle() && mus.actuator());
        ForceDescription mckibben = other.forces().stream().filter(f -> f.name().equals("spring")).findFirst()
                .orElseThrow();
        assertTrue(mckibben.actuator() && !mckibben.muscle());
        assertEquals(List.of("act", "spring"), ForceExclusion.remaining(other, List.of("Muscles")).stream()
                .map(ForceDescription::name).toList());
        assertEquals(List.of(), ForceExclusion.remaining(other, List.of("Actuators")));
        // The engine does not evaluate a McKibbenActuator, whose force need not vanish at zero control.
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> ForceExclusion.requireZeroAtZeroControl(
                other, ForceExclusion.remaining(other, List.of("Muscles"))));
        assertTrue(e.getMessage().contains("spring (McKibbenActuator)"), e.getMessage());
        assertDoesNotThrow(() -> ForceExclusion.requireZeroAtZeroControl(other,
                ForceExclusion.remaining(other, List.of("Muscles", "spring"))));
    }

    @Test
    void forcesTheEngineCannotEvaluateAreRefusedNotIgnored() {
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> ForceExclusion.requireZeroAtZeroControl(model, ForceExclusion.remaining(model, List.of())));
        String message = e.getMessage();
        assertTrue(message.contains(OSIM.toString()), message);
        assertTrue(message.contains("mus (Thelen2003Muscle)"), message);
        assertTrue(message.contains("spring (SpringGeneralizedForce)"), message);
        assertFalse(message.contains("act ("), "a CoordinateActuator without control applies nothing: " + message);
        assertFalse(message.contains("\n"), message);

        assertDoesNotThrow(() -> ForceExclusion.requireZeroAtZeroControl(model,
                ForceExclusion.remaining(model, List.of("Muscles", "passive"))));
    }

    @Test
    void backendRefusesNonExcludedMusclesWithTheModelFile() {
        double[] t = Motions.times(11, 100);
        Path motion = dir.resolve("still.mot");
        Motions.write(motion, false, List.of("q"), t, Motions.sample(t, x -> 0.2));

        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Motions.inverseDynamics(OSIM, motion,
                null, -1, TimeRange.ALL, List.of()));

        assertTrue(e.getMessage().contains(OSIM.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("mus (Thelen2003Muscle)"), e.getMessage());
        assertTrue(e.getMessage().contains("forces_to_exclude"), e.getMessage());
    }

    /** With the muscle and the spring excluded, only "act" remains, which applies nothing at zero control. */
    @Test
    void excludedForcesLeaveThePlainPendulum() {
        double[] t = Motions.times(11, 100);
        Path motion = dir.resolve("still.mot");
        Motions.write(motion, false, List.of("q"), t, Motions.sample(t, x -> 0.2));

        Storage result = Motions.inverseDynamics(OSIM, motion, null, -1, TimeRange.ALL, List.of("Muscles", "spring"));

        double expected = ClosedFormInverseDynamicsTest.pendulumTorque(0.2, 0);
        for (int r = 0; r < result.rowCount(); r++) {
            assertEquals(expected, result.value(r, 0), 1e-9);
        }
    }
}
