package org.bangfu.campaign;

/** 元旦春节送温暖, 五一工会进万家, 夏送清凉, other. */
public enum CampaignKind {
    NEW_YEAR_SPRING, MAY_DAY, SUMMER, OTHER
}
