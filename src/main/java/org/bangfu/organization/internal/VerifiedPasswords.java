package org.bangfu.organization.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords BCrypt has lately confirmed, so that a REST client sending HTTP basic on every request pays BCrypt once
 * per {@code ttl} instead of on every call. Per node, in memory, bounded, and holding no password: one entry per user,
 * the HMAC-SHA256 (under a random key made when the node starts and never stored) of user name, password and the
 * stored BCrypt hash the password was checked against, with the moment it expires (the verification time plus
 * {@code ttl}; a hit does not extend it).
 * <p>
 * What it answers is only "this password matched this hash a moment ago". The account itself is still read on every
 * request, so a lock, a disabled account or changed roles take effect at once on every node; a changed password
 * changes the stored hash, so the old entry no longer matches anywhere (and is also dropped here). Wrong passwords
 * are never remembered: they always go to BCrypt and are counted for the lockout. When full (after dropping expired
 * entries) a new verification is simply not remembered (requests racing past the size check may add one entry each,
 * so the bound holds to within the number of requests served at once). A {@code ttl} of zero turns it off.
 */
final class VerifiedPasswords {

    private static final String ALGORITHM = "HmacSHA256";

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] digest, Instant expires) {
    }

    VerifiedPasswords(Clock clock, Duration ttl, int maxEntries) {
        if (ttl.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("ttl and max entries must not be negative");
        }
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Whether BCrypt confirmed this password against this hash within the ttl. */
    boolean confirmed(String username, String password, String hash) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (!entry.expires().isAfter(clock.instant())) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.digest(), digest(username, password, hash));
    }

    /** BCrypt has just confirmed this password against this hash. */
    void remember(String username, String password, String hash) {
        if (ttl.isZero() || maxEntries == 0) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries && !entries.containsKey(username)) {
            entries.values().removeIf(entry -> !entry.expires().isAfter(now));
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(username, new Entry(digest(username, password, hash), now.plus(ttl)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }

    /** Each part with its length first, so that no two different triples give the same input. */
    private byte[] digest(String username, String password, String hash) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (String part : new String[] {username, password, hash}) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
