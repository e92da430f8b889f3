package org.neuromsk.engine.force;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.neuromsk.engine.function.Constant;
import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.function.GCVSpline;
import org.neuromsk.engine.function.PiecewiseLinearFunction;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * Time functions made from the columns of an external-load data table, as OpenSim builds them: an
 * identifier such as {@code ground_force_v} selects, in column order, every column whose label starts
 * with it, which must be exactly three (x, y, z). One row gives constants, two or three rows piecewise
 * linear functions, four or more a natural cubic interpolating spline (GCVSpline of degree 3).
 */
public final class ExternalLoadData {

    private final Storage table;
    private final Path file;

    /**
     * @param table the data (GRF values are used as they are: no filtering, as in OpenSim 4.x)
     * @param file where the data came from, for messages
     */
    public ExternalLoadData(Storage table, Path file) {
        this.table = table;
        this.file = file;
    }

    /** @return the table */
    public Storage table() {
        return table;
    }

    /**
     * @param identifier a column prefix, e.g. {@code ground_force_v}; null or blank means none
     * @param forceName the ExternalForce asking, for messages
     * @return the three component functions, or null when the identifier is blank
     * @throws FileFormatException if the identifier does not match exactly three columns
     */
    public Function[] functions(String identifier, String forceName) {
        return functions(identifier, forceName, w -> { });
    }

    /**
     * As {@link #functions(String, String)}, and warns when the three columns' names end in x, y and z
     * but not in that order: they are still read as x, y, z in column order, as OpenSim reads them.
     *
     * @param identifier a column prefix, e.g. {@code ground_force_v}; null or blank means none
     * @param forceName the ExternalForce asking, for messages
     * @param warnings receives the one-line warning
     * @return the three component functions, or null when the identifier is blank
     * @throws FileFormatException if the identifier does not match exactly three columns
     */
    public Function[] functions(String identifier, String forceName, Consumer<String> warnings) {
        if (identifier == null || identifier.isBlank()) {
            return null;
        }
        List<String> matches = new ArrayList<>();
        for (String label : table.labels()) {
            if (label.startsWith(identifier)) {
                matches.add(label);
            }
        }
        if (matches.size() != 3) {
            throw new FileFormatException(file, 0, "ExternalForce '" + forceName + "': identifier '" + identifier
                    + "' must match exactly 3 columns, found " + matches.size() + " " + matches);
        }
        String suffixes = matches.stream().map(m -> m.substring(m.length() - 1).toLowerCase(Locale.ROOT))
                .reduce("", String::concat);
        boolean xyzInSomeOrder = "xyz".chars().allMatch(c -> suffixes.indexOf(c) >= 0);
        if (xyzInSomeOrder && !suffixes.equals("xyz")) {
            warnings.accept(file + ": ExternalForce '" + forceName + "': columns " + matches + " are read as x, y, z"
                    + " in column order (as OpenSim reads them), but their names end in " + String.join(", ",
                    suffixes.split("")));
        }
        Function[] f = new Function[3];
        for (int i = 0; i < 3; i++) {
            f[i] = timeFunction(table.time(), table.column(matches.get(i)));
        }
        return f;
    }

    private static Function timeFunction(double[] time, double[] values) {
        if (time.length == 1) {
            return new Constant(values[0]);
        }
        if (time.length < 4) {
            return new PiecewiseLinearFunction(time, values);
        }
        return new GCVSpline(3, time, values);
    }
}
