package org.bangfu.identification;

/** A household member's relation to the main applicant. */
public enum Relation {
    SPOUSE, CHILD, PARENT, PARENT_IN_LAW, SIBLING, GRANDCHILD, OTHER
}
