package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the event really happened according to the text. */
public enum Mode {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }

    public static Mode parse(String s) {
        return valueOf(s.trim().toUpperCase());
    }
}
