package org.neuromsk.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.FileFormatException;

/** Every OpenSim XML file of the shared data reads without error. */
class AllSharedDocumentsTest {

    @Test
    void everyOsimAndXmlFileReads() {
        List<Path> files = SharedDocuments.all();
        // 38 .osim/.xml files in the data set (find … -name "*.osim" -o -name "*.xml"), minus the CEINMS file.
        assertTrue(files.size() >= 37, "expected at least 37 OpenSim XML files, found " + files.size());
        Map<String, Integer> byType = new TreeMap<>();
        int warnings = 0;
        for (Path file : files) {
            OsimDocument<OsimObject> doc = OpenSimXml.read(file);
            assertNotNull(doc.root(), file.toString());
            byType.merge(doc.root().xmlTag(), 1, Integer::sum);
            System.out.println(SharedDocuments.relative(file) + ": <" + doc.root().xmlTag() + "> Version "
                    + doc.version() + ", " + doc.warnings().size() + " warnings");
            for (String w : doc.warnings()) {
                System.out.println("    " + w);
            }
            warnings += doc.warnings().size();
        }
        System.out.println(files.size() + " documents read " + byType + ", " + warnings + " warnings");
        // Document types present in the data set: 12 models, 6 control sets, 4 external loads, 4 ID setups
        // (counted with a survey of the root elements).
        assertEquals(12, byType.get("Model"));
        assertEquals(6, byType.get("ControlSet"));
        assertEquals(4, byType.get("ExternalLoads"));
        assertEquals(4, byType.get("InverseDynamicsTool"));
        assertEquals(1, byType.get("Set_FunctionBasedPath_"));
    }

    @Test
    void theCeinmsFileIsExcludedBecauseItIsNotAnOpenSimDocument() {
        Path ceinms = SharedDocuments.root().resolve("ceinms-rt-lowerlimb/data/subjectCalibrated.xml");
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(ceinms));
        assertTrue(e.getMessage().contains("root element is <subject>"), e.getMessage());
    }
}
