package org.neuromsk.validation.gait;

/**
 * Issue 7: the torque-based model's targets ({@link TorqueBasedGaitEmgCase}) trained on walk45 (4.5 km/h), tested
 * on walk36 (3.6 km/h).
 */
class TorqueBasedGaitEmgWalk45Test extends TorqueBasedGaitEmgCase {

    TorqueBasedGaitEmgWalk45Test() {
        super("walk45", "walk36");
    }
}
