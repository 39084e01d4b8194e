package org.bangfu.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive fields (AES-256-GCM, random 96-bit IV stored with the text) and gives a keyed hash
 * (HMAC-SHA256) to search by, so the duplicate check never needs the plain number in the database.
 * <p>
 * Keys are versioned so that a key can be replaced without losing data: every cipher text is written as
 * {@code k<id>:<base64>} and a value without that prefix (written before keys had ids) is key 1. A search hash under
 * key 1 is the bare 64 hex digits (as before); under any other key it is {@code k<id>:<hex>}. New values use the
 * current key; every configured key still decrypts, and a lookup by hash asks for the hashes under every configured
 * key ({@link #searchHashes}), so reads and searches work throughout a rotation (see docs/security/keys.md).
 * <p>
 * Settings: {@code bangfu.crypto.keys.<id>=<base64>} and {@code bangfu.crypto.current-key-id} (default: the highest
 * id); {@code bangfu.crypto.key} (BANGFU_CRYPTO_KEY) is key 1 unless {@code bangfu.crypto.keys.1} is set.
 */
@Component
public class FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    static final String DEV_KEY = "YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=";
    private static final Pattern PREFIX = Pattern.compile("^k(\\d{1,6}):");

    private record KeyPair(SecretKeySpec aes, SecretKeySpec mac) {
    }

    private final NavigableMap<Integer, KeyPair> keys = new TreeMap<>();
    private boolean developmentKey;
    private final int currentKeyId;
    private final SecureRandom random = new SecureRandom();

    /** One key, id 1: the simple form. */
    public FieldCipher(String base64Key) {
        this(Map.of(1, base64Key), 1);
    }

    /** Several keys by id, new values written under {@code currentKeyId}. */
    public FieldCipher(Map<Integer, String> base64Keys, int currentKeyId) {
        if (base64Keys.isEmpty()) {
            throw new IllegalStateException("no crypto key configured: set BANGFU_CRYPTO_KEY or bangfu.crypto.keys.<id>");
        }
        base64Keys.forEach((id, base64) -> {
            if (id < 1) {
                throw new IllegalStateException("crypto key ids start at 1, not " + id);
            }
            keys.put(id, keyPair(id, base64));
            if (DEV_KEY.equals(base64.trim())) {
                developmentKey = true;
                log.warn("Crypto key {} is the built-in development key: set BANGFU_CRYPTO_KEY in production", id);
            }
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException("bangfu.crypto.current-key-id=" + currentKeyId
                    + " names no configured key; configured: " + keys.keySet());
        }
        this.currentKeyId = currentKeyId;
    }

    @Autowired
    public FieldCipher(Environment environment) {
        this(configuredKeys(environment), currentKeyId(environment));
    }

    private static Map<Integer, String> configuredKeys(Environment environment) {
        Map<Integer, String> found = new TreeMap<>();
        String single = environment.getProperty("bangfu.crypto.key");
        if (single != null && !single.isBlank()) {
            found.put(1, single.trim());
        }
        Binder.get(environment).bind("bangfu.crypto.keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()).forEach((id, value) -> {
                    if (value != null && !value.isBlank()) {
                        try {
                            found.put(Integer.parseInt(id.trim()), value.trim());
                        } catch (NumberFormatException e) {
                            throw new IllegalStateException("bangfu.crypto.keys." + id + ": the key id must be a number");
                        }
                    }
                });
        return found;
    }

    private static int currentKeyId(Environment environment) {
        String current = environment.getProperty("bangfu.crypto.current-key-id");
        if (current != null && !current.isBlank()) {
            return Integer.parseInt(current.trim());
        }
        return configuredKeys(environment).keySet().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static KeyPair keyPair(int id, String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("crypto key " + id + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("crypto key " + id + " must be 32 bytes, base64-encoded");
        }
        return new KeyPair(new SecretKeySpec(key, "AES"),
                new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "search-hash"), "HmacSHA256"));
    }

    /** The id new values are written under. */
    public int currentKeyId() {
        return currentKeyId;
    }

    /** Whether any configured key (current or old) is the built-in development key: never in production. */
    public boolean usesDevelopmentKey() {
        return developmentKey;
    }

    /** Every configured key id, ascending. */
    public List<Integer> keyIds() {
        return List.copyOf(keys.keySet());
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId).aes(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return "k" + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        int keyId = keyIdOf(stored);
        KeyPair key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("value encrypted under key " + keyId + ", which is not configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(withoutPrefix(stored));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.aes(), new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** The search hash under the current key: what new rows store. */
    public String searchHash(String plain) {
        return searchHashUnder(plain, currentKeyId);
    }

    /** The search hash under every configured key, the current one first: what a lookup asks for. */
    public List<String> searchHashes(String plain) {
        List<String> hashes = new ArrayList<>();
        hashes.add(searchHashUnder(plain, currentKeyId));
        for (int id : keys.descendingKeySet()) {
            if (id != currentKeyId) {
                hashes.add(searchHashUnder(plain, id));
            }
        }
        return Collections.unmodifiableList(hashes);
    }

    /** The search hash under one configured key (key rotation matches old hashes with it). */
    public String searchHashUnder(String plain, int keyId) {
        KeyPair key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("key " + keyId + " is not configured");
        }
        String hex = HexFormat.of().formatHex(hmac(key.mac(), plain));
        return keyId == 1 ? hex : "k" + keyId + ":" + hex;
    }

    /** The key id a stored cipher text or search hash was made with (1 for values without an id). */
    public static int keyIdOf(String stored) {
        Matcher m = PREFIX.matcher(stored);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** Whether a stored cipher text is written under the current key (so rotation can skip it). */
    public boolean isCurrentCipherText(String stored) {
        return stored == null || stored.startsWith("k" + currentKeyId + ":");
    }

    /** Whether a stored search hash is made under the current key. */
    public boolean isCurrentHash(String hash) {
        return hash == null || keyIdOf(hash) == currentKeyId;
    }

    private static String withoutPrefix(String stored) {
        Matcher m = PREFIX.matcher(stored);
        return m.find() ? stored.substring(m.end()) : stored;
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }
}
