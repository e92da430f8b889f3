package org.neuromsk.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.pipeline.json.Json;
import org.neuromsk.pipeline.forward.TrackingGains;

/** {@code manifest.json}: files written, inputs with SHA-256, settings, versions, timings (s). */
final class Manifest {

    private Manifest() {
    }

    static void write(PipelineResult result, Path target) {
        PipelineSpec spec = result.spec();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "neuromsk pipeline");
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("neuromsk", Optional.ofNullable(Manifest.class.getPackage().getImplementationVersion())
                .orElse("0.1.0-SNAPSHOT"));
        versions.put("java", System.getProperty("java.version"));
        versions.put("backend", result.backend());
        versions.put("estimator", result.estimatorName());
        root.put("versions", versions);
        List<Object> inputs = new ArrayList<>();
        input(inputs, "model", Optional.of(spec.model()));
        input(inputs, "motion", Optional.of(spec.motion()));
        input(inputs, "externalLoads", spec.externalLoads());
        input(inputs, "emg", spec.emg());
        input(inputs, "truthExcitations", spec.truthExcitations());
        root.put("inputs", inputs);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("backend", spec.backend());
        settings.put("muscles", spec.muscles());
        PipelineSpec.EstimatorSettings e = spec.estimator();
        Map<String, Object> est = new LinkedHashMap<>();
        est.put("type", e.type());
        est.put("activationExponent", e.activationExponent());
        est.put("ensemble", e.ensemble());
        est.put("kinematicNoiseDeg", e.kinematicNoiseDeg());
        est.put("strengthNoise", e.strengthNoise());
        est.put("seed", e.seed());
        est.put("options", e.options());
        settings.put("estimator", est);
        PipelineSpec.ForwardSettings f = spec.forward();
        Map<String, Object> fw = new LinkedHashMap<>();
        fw.put("enabled", f.enabled());
        fw.put("reserveActuators", f.reserveActuators());
        fw.put("reserveOptimalForce", f.reserveOptimalForce());
        fw.put("residualReserves", f.residualReserves());
        fw.put("trackingCorrection", f.trackingCorrection());
        if (f.gains().kind() == TrackingGains.Kind.ACCELERATION) {
            fw.put("kp", f.gains().position());
            fw.put("kv", f.gains().speed());
        } else {
            fw.put("stiffness", f.gains().position());
            fw.put("damping", f.gains().speed());
        }
        fw.put("correctionInterval", f.correctionInterval());
        fw.put("accuracy", f.accuracy());
        settings.put("forward", fw);
        root.put("settings", settings);
        result.forward().ifPresent(o -> {
            Map<String, Object> fo = new LinkedHashMap<>();
            fo.put("completed", o.completed());
            fo.put("timeReached_s", o.timeReached());
            fo.put("cause", o.cause().orElse(null));
            fo.put("evaluations", o.evaluations());
            root.put("forward", fo);
        });
        Map<String, Object> kin = new LinkedHashMap<>();
        result.kinematics().forEach(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(k.rotational() ? "rms_deg" : "rms_m", k.rms());
            m.put(k.rotational() ? "max_deg" : "max_m", k.maxAbs());
            m.put("drift_time_s", Double.isNaN(k.driftTime()) ? null : k.driftTime());
            kin.put(k.coordinate(), m);
        });
        root.put("kinematics", kin);
        if (!result.coverage().isEmpty()) {
            root.put("coverage90", result.coverage());
        }
        root.put("notes", result.notes());
        root.put("timings_s", result.timings());
        root.put("files", result.files());
        String text = Json.write(root);
        AtomicFiles.writeText(target, w -> w.write(text));
    }

    private static void input(List<Object> inputs, String role, Optional<Path> file) {
        file.ifPresent(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", role);
            m.put("path", p.toString());
            m.put("sha256", sha256(p));
            inputs.add(m);
        });
    }

    /**
     * @param file a file
     * @return its SHA-256, hexadecimal
     */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                d.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new NeuroMskException("cannot hash " + file + ": " + e.getMessage());
        }
    }
}
