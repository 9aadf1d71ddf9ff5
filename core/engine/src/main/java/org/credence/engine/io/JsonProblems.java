package org.credence.engine.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors in one short line: where, and what. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    static String what(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "unreadable";
        }
        m = m.lines().findFirst().orElse(m);
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
