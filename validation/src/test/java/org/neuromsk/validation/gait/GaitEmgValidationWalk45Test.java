package org.neuromsk.validation.gait;

/** Issue 7's targets ({@link GaitEmgValidationCase}) trained on walk45 (4.5 km/h), tested on walk36 (3.6 km/h). */
class GaitEmgValidationWalk45Test extends GaitEmgValidationCase {

    @Override
    String trainTrial() {
        return "walk45";
    }

    @Override
    String testTrial() {
        return "walk36";
    }
}
