package org.neuromsk.engine.muscle;

/**
 * Thelen2003Muscle properties of the six arm26 muscles, read by hand from
 * opensim-models/Models/Arm26/arm26.osim. All share FmaxTendonStrain 0.033, FmaxMuscleStrain 0.6,
 * KshapeActive 0.5, KshapePassive 4, Af 0.3, Flen 1.8, time constants 0.01/0.04 s and
 * max_contraction_velocity 10; the file leaves the other properties at their defaults.
 */
final class Arm26Muscles {

    private Arm26Muscles() {
    }

    static Thelen2003Muscle.Parameters parameters(String name, double fmax, double lopt, double lts, double penn) {
        return Thelen2003Muscle.Parameters.defaults(name, fmax, lopt, lts, penn)
                .withCurveShape(0.033, 0.6, 0.5, 4, 0.3, 1.8)
                .withTimeConstants(0.01, 0.04);
    }

    static Thelen2003Muscle trilong() {
        return new Thelen2003Muscle(parameters("TRIlong", 798.52, 0.134, 0.143, 0.20943951));
    }

    static Thelen2003Muscle trilat() {
        return new Thelen2003Muscle(parameters("TRIlat", 624.3, 0.1138, 0.098, 0.15707963));
    }

    static Thelen2003Muscle trimed() {
        return new Thelen2003Muscle(parameters("TRImed", 624.3, 0.1138, 0.0908, 0.15707963));
    }

    static Thelen2003Muscle biclong() {
        return new Thelen2003Muscle(parameters("BIClong", 624.3, 0.1157, 0.2723, 0));
    }

    static Thelen2003Muscle bicshort() {
        return new Thelen2003Muscle(parameters("BICshort", 435.56, 0.1321, 0.1923, 0));
    }

    static Thelen2003Muscle bra() {
        return new Thelen2003Muscle(parameters("BRA", 987.26, 0.0858, 0.0535, 0));
    }
}
