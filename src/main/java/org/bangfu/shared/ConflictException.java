package org.bangfu.shared;

/** The request clashes with the current state (an active case already exists, the task is taken). */
public class ConflictException extends BangfuException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
