package org.neuromsk.validation.gait;

/**
 * Issue 7: the improved model's target ({@link ImprovedGaitEmgCase}) trained on walk45 (4.5 km/h), tested on
 * walk36 (3.6 km/h).
 */
class ImprovedGaitEmgWalk45Test extends ImprovedGaitEmgCase {

    ImprovedGaitEmgWalk45Test() {
        super("walk45", "walk36");
    }
}
