package org.bangfu.shared;

/** The thing does not exist, or the user may not know that it exists. */
public class NotFoundException extends BangfuException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
