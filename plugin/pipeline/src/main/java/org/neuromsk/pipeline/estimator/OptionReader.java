package org.neuromsk.pipeline.estimator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neuromsk.error.NeuroMskException;

/**
 * Reads an estimator's {@code estimator.options} value by value, collecting one line per problem
 * ("estimator.options.KEY: what is wrong") instead of stopping at the first, so that a pipeline file
 * reports everything at once. Relative paths resolve against a base folder (the motion file's).
 * Estimators build their options records on it; see {@link Estimator#optionProblems}.
 */
public final class OptionReader {

    /** Prefix of every problem line. */
    public static final String PREFIX = "estimator.options.";

    private final Map<String, Object> options;
    private final Path base;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @param base folder relative paths are resolved against, or null to keep them as given
     */
    public OptionReader(Map<String, Object> options, Path base) {
        this.options = options;
        this.base = base;
    }

    /** @return the problems found so far */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** @param line a problem, without the prefix ("KEY: what is wrong") */
    public void problem(String line) {
        problems.add(PREFIX + line);
    }

    /**
     * @param key an option key
     * @return whether the options give it
     */
    public boolean has(String key) {
        return options.containsKey(key);
    }

    /**
     * @param key an option key
     * @return its raw value, or null
     */
    public Object raw(String key) {
        return options.get(key);
    }

    /** @param keys the keys the estimator accepts; any other key is a problem */
    public void allowOnly(Set<String> keys) {
        for (String key : new TreeSet<>(options.keySet())) {
            if (!keys.contains(key)) {
                problem(key + ": unknown key (allowed: " + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        }
    }

    /**
     * @param key an option key
     * @param fallback value when the key is absent or wrong
     * @return the number
     */
    public double number(String key, double fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            problem(key + ": must be a number, got " + v);
            return fallback;
        }
        return n.doubleValue();
    }

    /**
     * @param key an option key
     * @param fallback value when the key is absent or wrong
     * @param minimum smallest allowed value ({@link Long#MIN_VALUE} for none)
     * @param maximum largest allowed value
     * @return the whole number
     */
    public long whole(String key, long fallback, long minimum, long maximum) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
        if (d != Math.rint(d) || d < minimum || d > maximum || Math.abs(d) > 1e15) {
            problem(key + ": must be a whole number" + (minimum > Long.MIN_VALUE ? " ≥ " + minimum : "") + ", got " + v);
            return fallback;
        }
        return (long) d;
    }

    /**
     * @param key an option key naming a file or folder
     * @param folder true for a folder, false for a regular file
     * @return the existing path, or empty (absent or a problem)
     */
    public Optional<Path> existing(String key, boolean folder) {
        Object v = options.get(key);
        if (v == null) {
            return Optional.empty();
        }
        String kind = folder ? "folder" : "file";
        if (!(v instanceof String s) || s.isBlank()) {
            problem(key + ": must be a " + kind + " name (a string), got " + v);
            return Optional.empty();
        }
        Path p = resolve(s);
        if (folder ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
            problem(key + ": " + kind + " not found: " + p);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /**
     * A folder or a list of folders, each holding the given files (trial folders).
     *
     * @param key an option key
     * @param files the files every folder must hold
     * @return the folders that exist (empty when absent)
     */
    public List<Path> folders(String key, List<String> files) {
        Object v = options.get(key);
        List<Path> folders = new ArrayList<>();
        if (v == null) {
            return folders;
        }
        List<?> entries = v instanceof List<?> l ? l : List.of(v);
        if (entries.isEmpty()) {
            problem(key + ": must name at least one trial folder");
        }
        for (Object entry : entries) {
            if (!(entry instanceof String s) || s.isBlank()) {
                problem(key + ": must be a folder name or a list of them, got " + entry);
                continue;
            }
            Path folder = resolve(s);
            if (!Files.isDirectory(folder)) {
                problem(key + ": folder not found: " + folder);
                continue;
            }
            for (String file : files) {
                if (!Files.isRegularFile(folder.resolve(file))) {
                    problem(key + ": " + folder.resolve(file) + " not found (a trial folder holds " + and(files) + ")");
                }
            }
            folders.add(folder);
        }
        return folders;
    }

    /**
     * @param path a path as the options give it
     * @return it resolved against the base folder, normalised
     */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || base == null ? p.normalize() : base.resolve(p).normalize();
    }

    /**
     * @param estimator the estimator's name
     * @param read the options record read through this reader
     * @param <T> the record's type
     * @return {@code read}, when no problem was found
     * @throws NeuroMskException whose one-line message lists every problem
     */
    public <T> T result(String estimator, T read) {
        if (!problems.isEmpty()) {
            throw failure(estimator, problems);
        }
        return read;
    }

    /**
     * @param estimator the estimator's name
     * @param problems problem lines
     * @return "estimator NAME: N problem(s): a; b"
     */
    public static NeuroMskException failure(String estimator, List<String> problems) {
        return new NeuroMskException("estimator " + estimator + ": " + problems.size() + " problem(s): "
                + String.join("; ", problems));
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
