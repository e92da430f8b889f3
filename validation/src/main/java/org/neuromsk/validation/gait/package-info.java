/**
 * Gait EMG from kinematics on the CEINMS-RT treadmill walks: Park &amp; Park's baseline and torque-based
 * MLPs and our context model, trained at one speed and tested at the other, in both directions, against
 * the targets of issue 7 (ensemble R², -); and the stride-template yardstick (what the mean gait pattern
 * alone scores) for these estimators and the IMU-to-EMG ones.
 */
package org.neuromsk.validation.gait;
