package org.bangfu.organization;

/** What a user may do in their unit. The group prefix names the engine candidate group {@code prefix@unitCode}. */
public enum Role {
    CASE_WORKER("caseworker"),
    APPROVER("approver"),
    FINANCE("finance"),
    ANALYST("analyst"),
    AUDITOR("auditor"),
    ADMIN("admin");

    /** Spring Security authority names, for {@code @RolesAllowed} and request matchers. */
    public static final String CASE_WORKER_NAME = "CASE_WORKER";
    public static final String APPROVER_NAME = "APPROVER";
    public static final String FINANCE_NAME = "FINANCE";
    public static final String ANALYST_NAME = "ANALYST";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String groupPrefix;

    Role(String groupPrefix) {
        this.groupPrefix = groupPrefix;
    }

    public String candidateGroup(String unitCode) {
        return groupPrefix + "@" + unitCode;
    }
}
