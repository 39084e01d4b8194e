package org.bangfu.grading;

/** The grade of a hardship file, or {@code NOT_ELIGIBLE} when no grade applies. */
public enum Grade {
    DEEP, RELATIVE, ACCIDENT, NOT_ELIGIBLE
}
