package org.bangfu.identification;

/** A case worker filed a case at intake. */
public record CaseFiled(long caseId, String caseNo, long unitId, String filedBy) {
}
