package org.bangfu.casework;

import java.time.OffsetDateTime;

/**
 * One line of a case's history. {@code source} is {@code engine} (a process step, {@code what} is its BPMN id) or
 * {@code audit} (a Bangfu record, {@code what} is the audit action).
 */
public record TimelineEntry(OffsetDateTime at, String source, String what, String who, String detail) {
}
