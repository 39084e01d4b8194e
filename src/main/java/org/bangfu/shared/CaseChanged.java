package org.bangfu.shared;

/**
 * Something happened to a case that the audit trail records: who, what (an upper-case action code), which case and
 * unit, and a short detail. Modules publish it for changes that have no richer event of their own.
 */
public record CaseChanged(String actor, String action, Long caseId, Long unitId, String detail) {
}
