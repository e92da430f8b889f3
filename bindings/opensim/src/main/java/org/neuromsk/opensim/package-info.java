/**
 * The {@code opensim} backend: the user's installed OpenSim (4.5 or later) behind
 * {@link org.neuromsk.backend.MskBackend}, through OpenSim's own Java bindings
 * ({@code org-opensim-modeling.jar} and the native {@code osimJavaJNI} library).
 *
 * <p>Nothing here is compiled against OpenSim: {@link org.neuromsk.opensim.OpenSimDiscovery} finds the
 * install on disk ({@code --opensim-home}, {@code OPENSIM_HOME}, class path, library path), the
 * runtime loads it through its own class loader (headless, load confirmed by
 * {@code opensimCommon.GetVersion()}, version checked) and the adapter calls
 * {@code org.opensim.modeling} by reflection. Finding is cheap and loads no native code; only
 * {@link org.neuromsk.opensim.OpenSimBackendProvider#create()} does. Every failure is one line naming
 * the missing piece ({@link org.neuromsk.backend.BackendUnavailableException}); OpenSim's own
 * exceptions become {@link org.neuromsk.error.NeuroMskException}s.
 *
 * <p>Units are OpenSim's SI units (m, N, N·m, rad, s); motions in degrees are converted for rotational
 * coordinates only, as OpenSim does.
 */
package org.neuromsk.opensim;
