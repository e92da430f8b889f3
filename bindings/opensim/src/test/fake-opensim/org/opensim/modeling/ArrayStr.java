package org.opensim.modeling;

import java.util.ArrayList;
import java.util.List;

/** Fake OpenSim::Array&lt;std::string&gt;. */
public class ArrayStr {
    final List<String> values = new ArrayList<>();

    public ArrayStr() {
    }

    public void append(String s) {
        values.add(s);
    }

    public int getSize() {
        return values.size();
    }

    public String get(int i) {
        return values.get(i);
    }
}
