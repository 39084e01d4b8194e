package org.bangfu.organization;

/**
 * People as the screens show them: by their names, not their login names. Records keep the login name (it is what
 * the audit chain and the engine hold); a screen asks here for the name and shows the login name on hover.
 */
public interface People {

    /** The actor of automatic steps (timers, batches) in records. */
    String SYSTEM = "system";

    /**
     * The display name of the account with that login name; the login name itself when there is no such account
     * (an external client, a removed account); {@code null} for {@code null}. {@link #SYSTEM} is not a person: a
     * screen shows its own word for it.
     */
    String name(String username);
}
