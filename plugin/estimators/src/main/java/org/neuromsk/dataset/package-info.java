/**
 * Gait datasets: one trial's kinematics, joint moments, EMG envelopes and ground reaction forces
 * joined by name on the kinematics time base, muscle-name mappings, gait-cycle segmentation, time
 * normalisation and splits.
 *
 * <p>Units: time (s); rotational coordinates (deg) whatever the file used, translations (m); joint
 * moments (N·m) and forces (N) as the inverse dynamics gives them; ground reaction forces (N); EMG
 * envelopes in the unit of their file (usually normalised, -); muscle-tendon lengths and moment arms
 * (m). A gait cycle runs from one heel strike of the chosen side to the next; time-normalised cycles
 * have {@value org.neuromsk.dataset.CycleAverages#POINTS} points, 0 % to 100 % of the cycle.
 */
package org.neuromsk.dataset;
