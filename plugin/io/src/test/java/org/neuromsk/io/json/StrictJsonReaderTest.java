package org.neuromsk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;

import com.google.gson.JsonObject;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.MalformedJsonException;

import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

    @Test
    void recordsTheLineEachValueStartsOnByGsonPath() {
        String text = """
                {
                  "name": "pelvis",
                  "translation": [0.1,
                     0.2, 0.3],
                  "flag": true
                }""";
        JsonTree tree = StrictJsonReader.read(text, Double::parseDouble);
        JsonObject root = tree.root().getAsJsonObject();
        assertEquals("pelvis", root.get("name").getAsString());
        assertEquals(0.2, root.getAsJsonArray("translation").get(1).getAsDouble());
        // lines counted by hand in the text block above
        assertEquals(1, tree.line("$"));
        assertEquals(2, tree.line("$.name"));
        assertEquals(3, tree.line("$.translation"));
        assertEquals(3, tree.line("$.translation[0]"));
        assertEquals(4, tree.line("$.translation[1]"));
        assertEquals(4, tree.line("$.translation[2]"));
        assertEquals(5, tree.line("$.flag"));
        assertEquals(0, tree.line("$.missing"));
    }

    @Test
    void numbersBecomeWhatTheCallerAsks() {
        assertEquals(Double.POSITIVE_INFINITY,
                StrictJsonReader.read("[1e999]", Double::parseDouble).root().getAsJsonArray().get(0).getAsDouble());
        // Gson's LazilyParsedNumber keeps the text as written
        assertEquals("1.50", StrictJsonReader.read("[1.50]", LazilyParsedNumber::new).root().getAsJsonArray().get(0)
                .getAsString());
    }

    @Test
    void refusesAKeyGivenTwiceNamingItsLine() {
        StrictJsonException.RepeatedKey e = assertThrows(StrictJsonException.RepeatedKey.class,
                () -> StrictJsonReader.read("{\"a\": 1,\n \"b\": {\"c\": 2,\n\n \"c\": 3}}", Double::parseDouble));
        assertEquals("c", e.key());
        assertEquals(4, e.line());
        // line 4 is ` "c": 3}}`: the reader stands just after the repeated name, on the ':' in column 5
        assertEquals(5, e.column());
    }

    @Test
    void refusesTextAfterTheValue() {
        StrictJsonException.Syntax e = assertThrows(StrictJsonException.Syntax.class,
                () -> StrictJsonReader.read("[1]\n\n {}", Double::parseDouble));
        assertInstanceOf(MalformedJsonException.class, e.getCause());
        assertEquals(3, e.line());
    }

    @Test
    void lenientOnlySyntaxIsASyntaxErrorCarryingGsonsExceptionAndLine() {
        for (String text : new String[] {"{\"a\": NaN}", "[1, // comment\n 2]", "{'a': 1}", "[1, 2,]"}) {
            StrictJsonException.Syntax e = assertThrows(StrictJsonException.Syntax.class,
                    () -> StrictJsonReader.read(text, Double::parseDouble), text);
            assertInstanceOf(MalformedJsonException.class, e.getCause(), text);
            assertEquals(1, e.line(), text);
        }
        // `{"a": NaN}`: Gson points at the N, the 7th character
        assertEquals(7, assertThrows(StrictJsonException.Syntax.class,
                () -> StrictJsonReader.read("{\"a\": NaN}", Double::parseDouble)).column());
        StrictJsonException.Syntax eof = assertThrows(StrictJsonException.Syntax.class,
                () -> StrictJsonReader.read("{\"a\":\n [1,", Double::parseDouble));
        assertInstanceOf(EOFException.class, eof.getCause());
        assertEquals(2, eof.line());
    }

    @Test
    void gsonPositionIsReadFromItsMessageText() {
        String message = "Expected name at line 12 column 7 path $.imus[0].\nSee https://example.org/x";
        GsonPosition at = GsonPosition.find(message).orElseThrow();
        assertEquals(12, at.line());
        assertEquals(7, at.column());
        assertEquals("Expected name", message.substring(0, at.start()));
        assertEquals("\nSee https://example.org/x", message.substring(at.end()));
        assertEquals(3, GsonPosition.lineIn("JsonReader at line 3 column 1 path $"));
        assertEquals(0, GsonPosition.lineIn("no position"));
        assertEquals(0, GsonPosition.lineIn(null));
        assertTrue(GsonPosition.find(null).isEmpty());
    }
}
