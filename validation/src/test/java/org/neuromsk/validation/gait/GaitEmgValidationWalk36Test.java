package org.neuromsk.validation.gait;

/** Issue 7's targets ({@link GaitEmgValidationCase}) trained on walk36 (3.6 km/h), tested on walk45 (4.5 km/h). */
class GaitEmgValidationWalk36Test extends GaitEmgValidationCase {

    @Override
    String trainTrial() {
        return "walk36";
    }

    @Override
    String testTrial() {
        return "walk45";
    }
}
