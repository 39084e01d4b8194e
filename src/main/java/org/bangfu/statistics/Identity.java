package org.bangfu.statistics;

import java.util.List;

/** A rule every computed, submitted or consolidated form must obey: total = sum of parts, or total >= the part. */
public record Identity(String total, List<String> parts, boolean atLeast) {

    public Identity {
        parts = List.copyOf(parts);
    }

    /** How it reads on screen and in the export: {@code A=A1+A2} or {@code D>=D1}. */
    public String text() {
        return total + (atLeast ? ">=" : "=") + String.join("+", parts);
    }
}
