/**
 * Gait EMG from kinematics on the CEINMS-RT treadmill walks: Park &amp; Park's baseline and torque-based
 * MLPs and our context model, trained at one speed and tested at the other, in both directions, against
 * the targets of issue 7 (ensemble R², -).
 */
package org.neuromsk.validation.gait;
