package org.bangfu.identification;

/** Kinds of aid a case may request (生活救助, 医疗救助, 助学, 职业培训, 职业介绍, 法律援助). */
public enum AidType {
    LIVING, MEDICAL, EDUCATION, TRAINING, JOB_PLACEMENT, LEGAL
}
