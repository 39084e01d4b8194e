package org.bangfu.shared;

/**
 * The last untyped audit event: who, what (an upper-case action code), which case and unit, and a short detail.
 * Only the workflow module's engine door and deployment proposals still publish it; every other module publishes a
 * typed past-tense event of its own ({@link Audited}, docs/events.md). Not for new code.
 */
public record CaseChanged(String actor, String action, Long caseId, Long unitId, String detail) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, action, caseId, unitId, detail);
    }
}
