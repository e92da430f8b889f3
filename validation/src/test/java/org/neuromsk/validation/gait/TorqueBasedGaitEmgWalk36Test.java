package org.neuromsk.validation.gait;

/**
 * Issue 7: the torque-based model's targets ({@link TorqueBasedGaitEmgCase}) trained on walk36 (3.6 km/h), tested
 * on walk45 (4.5 km/h).
 */
class TorqueBasedGaitEmgWalk36Test extends TorqueBasedGaitEmgCase {

    TorqueBasedGaitEmgWalk36Test() {
        super("walk36", "walk45");
    }
}
