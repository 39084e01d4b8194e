package org.bangfu.keys;

import java.util.List;
import java.util.Optional;

import org.bangfu.organization.CurrentUser;

/** Re-encrypts every stored sensitive value to the current crypto key, in the background, with visible progress. */
public interface KeyRotation {

    /** Starts a rotation to the current key (administrators only); refused while one is running. */
    KeyRotationStatus start(CurrentUser user);

    /** The latest rotation, running or not (administrators and auditors). */
    Optional<KeyRotationStatus> latest(CurrentUser user);

    /** The configured key ids and the current one. */
    KeyInfo keys();

    /**
     * Walks one page of the running rotation in its own transaction; false when there is nothing left to do. The
     * background runner calls it in a loop; tests call it to stop half-way.
     */
    boolean step();

    record KeyInfo(int currentKeyId, List<Integer> configuredKeyIds) {
    }
}
