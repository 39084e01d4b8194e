package org.bangfu.identification;

/** What a household member does (在职、失业、退休、在校 …). */
public enum MemberStatus {
    EMPLOYED, UNEMPLOYED, RETIRED, STUDENT, PRESCHOOL, SICK, OTHER
}
