package org.opensim.modeling;

/**
 * Fake storage. pad(n) adds n rows before and after (edge values, same spacing); lowpassIIR halves
 * every value, so that a test can tell filtered values from raw ones.
 */
public class Storage {
    final FakeTable table;

    public Storage(String file) {
        table = FakeTable.read(file);
    }

    public int getSize() {
        return table.rows.size();
    }

    public void pad(int n) {
        int size = table.rows.size();
        double dt = table.times.get(1) - table.times.get(0);
        double first = table.times.get(0);
        double last = table.times.get(size - 1);
        double[] head = table.rows.get(0);
        double[] tail = table.rows.get(size - 1);
        for (int k = 1; k <= n; k++) {
            table.times.add(0, first - k * dt);
            table.rows.add(0, head.clone());
            table.times.add(last + k * dt);
            table.rows.add(tail.clone());
        }
    }

    public void lowpassIIR(double cutoff) {
        for (double[] row : table.rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] *= 0.5;
            }
        }
    }

    public boolean print(String file) {
        table.write(file, "filtered");
        return true;
    }
}
