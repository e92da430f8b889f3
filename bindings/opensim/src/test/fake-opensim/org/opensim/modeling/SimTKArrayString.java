package org.opensim.modeling;

import java.util.List;

/** Fake SimTK::Array_&lt;std::string&gt;: unsigned sizes and indices map to long, as in SWIG. */
public class SimTKArrayString {
    final List<String> values;

    SimTKArrayString(List<String> values) {
        this.values = values;
    }

    public long size() {
        return values.size();
    }

    public String at(long i) {
        return values.get((int) i);
    }
}
