package org.neuromsk.validation.gait;

/**
 * Issue 7: the improved model's target ({@link ImprovedGaitEmgCase}) trained on walk36 (3.6 km/h), tested on
 * walk45 (4.5 km/h).
 */
class ImprovedGaitEmgWalk36Test extends ImprovedGaitEmgCase {

    ImprovedGaitEmgWalk36Test() {
        super("walk36", "walk45");
    }
}
