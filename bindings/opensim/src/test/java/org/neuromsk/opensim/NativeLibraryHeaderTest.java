package org.neuromsk.opensim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NativeLibraryHeaderTest {

    @Test
    void elfMachineNamesTheProcessor() {
        // e_machine 0x3E is EM_X86_64, 0xB7 is EM_AARCH64 (ELF specification, machine table)
        assertEquals(Optional.of(Set.of("x86_64")), NativeLibraryHeader.architectures(FakeInstall.elfHeader(0x3E)));
        assertEquals(Optional.of(Set.of("aarch64")), NativeLibraryHeader.architectures(FakeInstall.elfHeader(0xB7)));
        assertEquals(Optional.empty(), NativeLibraryHeader.architectures(FakeInstall.elfHeader(0x1234)));
    }

    @Test
    void machOAndUniversalBinaries() {
        ByteBuffer thin = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        thin.putInt(0xFEEDFACF).putInt(0x0100000C); // MH_MAGIC_64, CPU_TYPE_ARM64
        assertEquals(Optional.of(Set.of("aarch64")), NativeLibraryHeader.architectures(thin.array()));
        ByteBuffer fat = ByteBuffer.allocate(48).order(ByteOrder.BIG_ENDIAN);
        fat.putInt(0xCAFEBABE).putInt(2); // FAT_MAGIC, two fat_arch records of 20 bytes
        fat.putInt(0x01000007).putInt(3).putInt(0).putInt(0).putInt(0); // CPU_TYPE_X86_64
        fat.putInt(0x0100000C).putInt(0).putInt(0).putInt(0).putInt(0); // CPU_TYPE_ARM64
        assertEquals(Optional.of(Set.of("x86_64", "aarch64")), NativeLibraryHeader.architectures(fat.array()));
    }

    @Test
    void peMachine() {
        ByteBuffer pe = ByteBuffer.allocate(0x100).order(ByteOrder.LITTLE_ENDIAN);
        pe.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80); // e_lfanew points at the PE signature
        pe.put(0x80, (byte) 'P').put(0x81, (byte) 'E').putShort(0x84, (short) 0x8664); // IMAGE_FILE_MACHINE_AMD64
        assertEquals(Optional.of(Set.of("x86_64")), NativeLibraryHeader.architectures(pe.array()));
    }

    @Test
    void textIsNoLibrary() {
        assertEquals(Optional.empty(), NativeLibraryHeader.architectures("not a library".getBytes()));
    }

    @Test
    void aLibraryOfThisJdkMatchesThisJvm(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path lib = FakeInstall.loadableLibrary(dir);
        String jvm = NativeLibraryHeader.normalize(System.getProperty("os.arch"));
        assertTrue(NativeLibraryHeader.architectures(lib).orElseThrow().contains(jvm), lib + " vs " + jvm);
        assertTrue(Files.size(lib) > 64);
    }

    @Test
    void osArchNamesAreNormalised() {
        assertEquals("x86_64", NativeLibraryHeader.normalize("amd64"));
        assertEquals("aarch64", NativeLibraryHeader.normalize("arm64"));
        assertEquals("x86", NativeLibraryHeader.normalize("i686"));
    }
}
