package org.bangfu.identification;

/** Where a file stands. Active statuses hold every household member's place in the national duplicate check. */
public enum CaseStatus {
    /** Applied, waiting for the grass-roots first review. */
    APPLIED(true),
    /** Home visit and means check. */
    VERIFYING(true),
    /** Public notice (公示), objections possible. */
    NOTICE(true),
    AWAITING_APPROVAL(true),
    /** Returned by the approver for more information. */
    RETURNED(true),
    /** File opened (已建档): aid may be requested. */
    OPEN(true),
    /** Relieved (解困): lives at 低保 level with support; the file stays open. */
    RELIEVED(true),
    /** Exit approved, gradual-exit months running (渐退期). */
    GRADUAL_EXIT(true),
    /** Temporary relief file of an emergency, to be completed or cancelled. */
    EMERGENCY(true),
    /** Closed into the exited-files archive (已脱困). */
    EXITED(false),
    REFUSED(false),
    NOT_ELIGIBLE(false),
    REJECTED(false),
    CANCELLED(false);

    private final boolean active;

    CaseStatus(boolean active) {
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }

    /** Statuses in which aid may be requested for the file. */
    public boolean isOpenFile() {
        return this == OPEN || this == RELIEVED;
    }

    /** The names of the open-file statuses, for SQL: {@code c.status IN (:openFile)}. */
    public static java.util.List<String> openFileNames() {
        return java.util.Arrays.stream(values()).filter(CaseStatus::isOpenFile).map(Enum::name).toList();
    }
}
