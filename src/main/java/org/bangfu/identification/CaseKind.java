package org.bangfu.identification;

/** How a file came to be: a regular application, emergency relief paid first (先行救助), or a relapse re-filing (返困) linked to the archived file. */
public enum CaseKind {
    REGULAR, EMERGENCY, RELAPSE
}
