package org.neuromsk.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;

/**
 * Subject folders are listed by subject number: subject01 … subject99 keep their two-digit names and
 * subject100 … subject999 follow subject99 (a name sort put subject100 between subject10 and subject11).
 */
class SubjectFoldersTest {

    @TempDir
    Path dir;

    @Test
    void namesKeepTwoDigitsAndGrowPastNinetyNine() {
        assertEquals("subject01", VirtualSubjects.subjectName(1));
        assertEquals("subject99", VirtualSubjects.subjectName(99));
        assertEquals("subject100", VirtualSubjects.subjectName(100));
        assertEquals("subject999", VirtualSubjects.subjectName(GeneratorSettings.MAX_SUBJECTS));
    }

    @Test
    void foldersAreListedBySubjectNumber() throws Exception {
        for (String name : List.of("subject100", "subject11", "subject02", "subject999", "subject10", "subject99",
                "subject01", "load-notes")) {
            Files.createDirectories(dir.resolve(name));
        }
        Files.writeString(dir.resolve("subject03"), "a file, not a subject folder");
        Files.writeString(dir.resolve("virtual_subjects.json"), "{}");
        List<String> names = VirtualSubjects.subjectFolders(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("subject01", "subject02", "subject10", "subject11", "subject99", "subject100",
                "subject999"), names);
    }

    @Test
    void aFolderWithoutSubjectsIsRefusedNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("notes"));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> VirtualSubjects.subjectFolders(dir));
        assertEquals(dir + ": no subject folders (subjectNN) of the virtual-subject generator", e.getMessage());
        Path none = dir.resolve("none");
        e = assertThrows(NeuroMskException.class, () -> VirtualSubjects.subjectFolders(none));
        assertTrue(e.getMessage().startsWith(none + ": cannot list: "), e.getMessage());
    }
}
