package org.bangfu.identification;

/** The process variables that tie a case's processes to its file: the case id (the business key is its number). */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";

    private CaseVariables() {
    }
}
