package org.neuromsk.io.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.neuromsk.io.SharedData;

/**
 * Access to the shared reference data from tests. Outside CI a missing file skips the test with a
 * reason; under {@code CI=true} it fails, so that a suite can never pass by not running.
 */
public final class TestData {

    private TestData() {
    }

    /** @return true when running under continuous integration ({@code CI=true}) */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * @param relative path inside the shared data folder
     * @return the existing file or folder
     */
    public static Path require(String relative) {
        Path p = SharedData.directory().resolve(relative);
        if (!p.toFile().exists()) {
            String why = "reference data missing: " + p + " (set -D" + SharedData.PROPERTY + " or "
                    + SharedData.ENVIRONMENT + ")";
            if (underCi()) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return p;
    }
}
