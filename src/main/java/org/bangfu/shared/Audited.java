package org.bangfu.shared;

/**
 * A past-tense domain event that leaves a row in the audit trail. The event is a typed record in the API of the
 * module where the thing happened; it names the row it leaves (who, the upper-case action code, the case and unit
 * it concerns, a short detail), and the audit module writes that row in the publishing transaction for every such
 * event, so a module publishes and never calls the audit trail itself.
 */
public interface Audited {

    /** The audit row this event leaves. */
    Entry auditEntry();

    /** One audit row: who, what (an upper-case action code), which case and unit (either may be null), detail. */
    record Entry(String actor, String action, Long caseId, Long unitId, String detail) {
    }
}
