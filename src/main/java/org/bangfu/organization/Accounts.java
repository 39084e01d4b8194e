package org.bangfu.organization;

/**
 * A user's own login account: whether the password must be changed before anything else (the first administrator,
 * created from the settings with an initial password), and changing it.
 */
public interface Accounts {

    /** Granted to a login whose password must be changed first; everything but the change is refused meanwhile. */
    String PASSWORD_MUST_CHANGE = "PASSWORD_MUST_CHANGE";

    /** The shortest new password accepted. */
    int MIN_PASSWORD_LENGTH = 12;

    boolean passwordMustChange(String username);

    /**
     * Replaces the password after checking the current one; clears the must-change flag; audited.
     *
     * @throws org.bangfu.shared.InvalidInputException naming {@code currentPassword} or {@code newPassword}
     */
    void changePassword(String username, String currentPassword, String newPassword);
}
