package org.bangfu.approval;

/** What an approval step decides on. */
public enum Subject {
    FILE, AID
}
