package org.bangfu.shared;

/** The user is known but may not do this (wrong role, outside their unit's subtree, four-eyes rule). */
public class ForbiddenException extends BangfuException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
