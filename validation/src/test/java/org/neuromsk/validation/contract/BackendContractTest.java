package org.neuromsk.validation.contract;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.Availability;
import org.neuromsk.backend.BackendProvider;
import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.backend.Capability;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.validation.id.InverseDynamicsCase;
import org.neuromsk.validation.ma.MuscleAnalysisCase;

/**
 * One contract for every backend registered on this machine ({@code META-INF/services}): each
 * capability a backend declares must give OpenSim 4.5.2's answers on the shared models and motions
 * ({@link ContractChecks}). A backend that cannot be created here (OpenSim not installed, or broken) is
 * not faked: its half is reported on standard output and skipped with the reason, under CI as well;
 * it never counts as a pass. Missing reference data skips outside CI and fails under CI
 * ({@link TestData#require}).
 */
class BackendContractTest {

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicNode> everyBackendOnThisMachine() {
        return BackendRegistry.discover().providers().stream().map(BackendContractTest::suite);
    }

    private static DynamicNode suite(BackendProvider provider) {
        Availability a = provider.availability();
        MskBackend backend = null;
        String reason = a.detail();
        if (a.available()) {
            try {
                backend = provider.create();
            } catch (BackendUnavailableException e) {
                reason = e.getMessage();
            }
        }
        if (backend == null) {
            String message = "the " + provider.name() + " half of the backend contract was not run"
                    + (TestData.underCi() ? " (CI)" : "") + ": " + reason;
            boolean installedButBroken = a.available();
            return dynamicTest(provider.name() + ": not run", () -> {
                System.out.println("contract: " + message);
                if (installedButBroken && TestData.underCi()) {
                    // found on this machine but unusable: under CI that is a failure, not a skip
                    org.junit.jupiter.api.Assertions.fail(message);
                }
                Assumptions.abort(message);
            });
        }
        MskBackend b = backend;
        System.out.println("contract: running " + b.name() + " (" + b.version() + "), capabilities " + b.capabilities());
        List<DynamicNode> tests = new ArrayList<>();
        for (ContractChecks.ModelCase m : ContractChecks.MODELS) {
            tests.add(dynamicTest("model description: " + m.name(), () -> ContractChecks.describesModel(b, m)));
            tests.add(dynamicTest("coordinate order: " + m.name(), () -> ContractChecks.coordinateOrder(b, m)));
        }
        if (b.hasCapability(Capability.INVERSE_DYNAMICS)) {
            int k = 0;
            for (InverseDynamicsCase c : InverseDynamicsCase.ALL) {
                Path dir = work.resolve(b.name() + "-id" + k++);
                tests.add(dynamicTest("inverse dynamics: " + c.name(), () -> ContractChecks.inverseDynamics(b, c, dir)));
            }
        }
        if (b.hasCapability(Capability.MUSCLE_GEOMETRY)) {
            for (MuscleAnalysisCase c : MuscleAnalysisCase.ALL) {
                tests.add(dynamicTest("muscle geometry: " + c.name(), () -> ContractChecks.muscleGeometry(b, c)));
            }
        }
        if (b.hasCapability(Capability.MUSCLE_FORCES)) {
            tests.add(dynamicTest("muscle forces: arm26 equilibrium at rest", () -> ContractChecks.muscleForces(b)));
        }
        if (b.hasCapability(Capability.FORWARD_SIMULATION)) {
            tests.add(dynamicTest("forward simulation: arm26 0-1 s", () -> ContractChecks.forward(b)));
        }
        return dynamicContainer(b.name(), tests);
    }
}
