package org.neuromsk.opensim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.error.NeuroMskException;

class CallsTest {

    /** Stands in for a SWIG class: C++ exceptions arrive as IOException or RuntimeException. */
    public static final class Swig {
        public String pick(int i) {
            return "int";
        }

        public String pick(String s) {
            return "String";
        }

        public double scale(double x, double factor) {
            return x * factor;
        }

        public void fail() throws IOException {
            throw new IOException("Coordinate: value out of range\n\tin file Coordinate.cpp");
        }

        public void unlinked() {
            throw new UnsatisfiedLinkError("'long org.opensim.modeling.opensimSimulationJNI.new_Model()'");
        }
    }

    @Test
    void overloadsAreChosenByArgumentType() {
        Swig s = new Swig();
        assertEquals("int", Calls.call(s, "pick", 3));
        assertEquals("String", Calls.call(s, "pick", "q"));
        assertEquals(7.5, (Double) Calls.call(s, "scale", 3, 2.5), 0.0);
    }

    @Test
    void numbersConvertToThePrimitiveParameter() {
        List<String> list = new ArrayList<>(List.of("a", "b"));
        assertEquals("b", Calls.call(list, "get", 1L));
        assertEquals("b", new OsimObject(list).text("get", 1));
    }

    @Test
    void openSimExceptionsBecomeOneLine() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Calls.call(new Swig(), "fail"));
        assertEquals("OpenSim: Swig.fail: Coordinate: value out of range in file Coordinate.cpp", e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void missingNativeMethodMeansTheBackendIsUnavailable() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> Calls.call(new Swig(), "unlinked"));
        assertTrue(e.getMessage().startsWith("OpenSim's native library is not loaded"), e.getMessage());
    }

    @Test
    void missingMethodNamesTheNeededVersion() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Calls.call(new Swig(), "computeMomentArm", 1));
        assertEquals("this OpenSim's Java bindings have no Swig.computeMomentArm(Integer); NeuroMSK needs OpenSim 4.5 "
                + "or later", e.getMessage());
    }
}
