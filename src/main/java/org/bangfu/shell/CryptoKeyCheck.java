package org.bangfu.shell;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start Bangfu with the {@code postgres} profile (the production set-up) while the crypto key for resident
 * IDs and bank cards is one that is published: the development key built into application.yml, or the placeholder of
 * docker-compose.yml. Runs before anything else is created (an environment post-processor, registered in
 * META-INF/spring.factories), so no table is touched with a known key.
 */
public class CryptoKeyCheck implements EnvironmentPostProcessor, Ordered {

    static final String PRODUCTION_PROFILE = "postgres";
    static final String KEY_PROPERTY = "bangfu.crypto.key";
    static final String KEYS_PROPERTY = "bangfu.crypto.keys";
    /** The development key of application.yml and the placeholder docker-compose.yml used to ship. */
    static final Set<String> PUBLISHED_KEYS = Set.of("YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=",
            "UkVQTEFDRS1NRS1SRVBMQUNFLU1FLVJFUExBQ0UtTUU=");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        for (Map.Entry<String, String> configured : configuredKeys(environment).entrySet()) {
            String key = configured.getValue() == null ? "" : configured.getValue().strip();
            if (key.isEmpty() || PUBLISHED_KEYS.contains(key)) {
                throw new IllegalStateException("Bangfu refuses to start: the '" + PRODUCTION_PROFILE + "' profile "
                        + "needs secret crypto keys for resident IDs, bank cards and phone numbers, but "
                        + configured.getKey() + " is " + (key.isEmpty() ? "empty" : "the published development key")
                        + ". Set BANGFU_CRYPTO_KEY to 32 random bytes in Base64, made once with `openssl rand -base64 32`"
                        + ", and keep it safe (docs/security/production.md, docs/security/keys.md).");
            }
        }
    }

    /**
     * Every key FieldCipher will use, by the setting that names it: {@code bangfu.crypto.keys.<id>}, and
     * {@code bangfu.crypto.key} (BANGFU_CRYPTO_KEY) as key 1 unless {@code bangfu.crypto.keys.1} is set.
     */
    static Map<String, String> configuredKeys(ConfigurableEnvironment environment) {
        Map<String, String> keys = new TreeMap<>();
        Map<String, String> versioned = Binder.get(environment)
                .bind(KEYS_PROPERTY, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        versioned.forEach((id, key) -> keys.put(KEYS_PROPERTY + "." + id, key));
        if (!versioned.containsKey("1")) {
            keys.put("BANGFU_CRYPTO_KEY (" + KEY_PROPERTY + ")", environment.getProperty(KEY_PROPERTY, ""));
        }
        return keys;
    }

    /** After the configuration files and profiles are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
