package org.bangfu.identification;

/** Political status (政治面貌). */
public enum PoliticalStatus {
    MASSES, CPC_MEMBER, LEAGUE_MEMBER, OTHER_PARTY
}
