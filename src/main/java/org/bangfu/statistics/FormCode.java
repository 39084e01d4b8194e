package org.bangfu.statistics;

/** The three statistics forms: warmth campaign (送温暖), assistance centre (帮扶中心工作), exit (解困脱困). */
public enum FormCode {
    WARMTH, CENTRE, EXIT
}
