package org.neuromsk.opensim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads which processor a shared library was built for from its file header (ELF, Mach-O, universal
 * Mach-O or PE), without loading it. This lets a wrong-architecture install be reported before any
 * native code runs.
 *
 * <p>Architectures use one vocabulary: {@code x86_64}, {@code x86}, {@code aarch64}, {@code arm},
 * {@code ppc64le}, {@code ppc64}, {@code s390x}, {@code riscv64}.
 */
final class NativeLibraryHeader {

    private static final int HEADER_BYTES = 4096;

    private NativeLibraryHeader() {
    }

    /**
     * @param file a shared library
     * @return the architectures it holds code for (several for a universal Mach-O); empty when the
     *     header is not one of the known formats or names an unknown machine
     * @throws IOException if the file cannot be read
     */
    static Optional<Set<String>> architectures(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_BYTES);
        }
        return architectures(head);
    }

    /**
     * @param head the first bytes of a file
     * @return as {@link #architectures(Path)}
     */
    static Optional<Set<String>> architectures(byte[] head) {
        if (head.length >= 20 && head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return elf(head);
        }
        if (head.length >= 8) {
            int le = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
            int be = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN).getInt(0);
            if (le == 0xFEEDFACF || le == 0xFEEDFACE) {
                return known(machO(ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(4)));
            }
            if (be == 0xCAFEBABE) {
                return universal(head);
            }
        }
        if (head.length >= 0x40 && head[0] == 'M' && head[1] == 'Z') {
            return pe(head);
        }
        return Optional.empty();
    }

    /**
     * @param osArch the JVM's {@code os.arch}
     * @return the same processor in this class's vocabulary (unknown names are returned lower-cased)
     */
    static String normalize(String osArch) {
        String a = osArch.toLowerCase(Locale.ROOT);
        return switch (a) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            case "aarch64", "arm64" -> "aarch64";
            case "ppc64le" -> "ppc64le";
            default -> a;
        };
    }

    private static Optional<Set<String>> elf(byte[] h) {
        ByteOrder order = h[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int machine = ByteBuffer.wrap(h).order(order).getShort(18) & 0xFFFF;
        boolean is64 = h[4] == 2;
        String arch = switch (machine) {
            case 0x03 -> "x86";
            case 0x3E -> "x86_64";
            case 0x28 -> "arm";
            case 0xB7 -> "aarch64";
            case 0x15 -> order == ByteOrder.LITTLE_ENDIAN ? "ppc64le" : "ppc64";
            case 0x16 -> "s390x";
            case 0xF3 -> is64 ? "riscv64" : "riscv32";
            default -> null;
        };
        return known(arch);
    }

    private static String machO(int cpuType) {
        return switch (cpuType) {
            case 0x01000007 -> "x86_64";
            case 0x00000007 -> "x86";
            case 0x0100000C -> "aarch64";
            case 0x0000000C -> "arm";
            default -> null;
        };
    }

    private static Optional<Set<String>> universal(byte[] h) {
        ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.BIG_ENDIAN);
        int n = b.getInt(4);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < n && 8 + 20 * (i + 1) <= h.length; i++) {
            String arch = machO(b.getInt(8 + 20 * i));
            if (arch != null) {
                out.add(arch);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(out));
    }

    private static Optional<Set<String>> pe(byte[] h) {
        ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
        int offset = b.getInt(0x3C);
        if (offset < 0 || offset + 6 > h.length || h[offset] != 'P' || h[offset + 1] != 'E') {
            return Optional.empty();
        }
        int machine = b.getShort(offset + 4) & 0xFFFF;
        return known(switch (machine) {
            case 0x8664 -> "x86_64";
            case 0x014C -> "x86";
            case 0xAA64 -> "aarch64";
            default -> null;
        });
    }

    private static Optional<Set<String>> known(String arch) {
        return arch == null ? Optional.empty() : Optional.of(Set.of(arch));
    }
}
