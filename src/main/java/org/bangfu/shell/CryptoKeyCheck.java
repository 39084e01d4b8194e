package org.bangfu.shell;

import java.util.Set;

import org.springframework.boot.SpringApplication;
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
    /** The development key of application.yml and the placeholder docker-compose.yml used to ship. */
    static final Set<String> PUBLISHED_KEYS = Set.of("YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=",
            "UkVQTEFDRS1NRS1SRVBMQUNFLU1FLVJFUExBQ0UtTUU=");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        String key = environment.getProperty(KEY_PROPERTY, "").strip();
        if (key.isEmpty() || PUBLISHED_KEYS.contains(key)) {
            throw new IllegalStateException("Bangfu refuses to start: the '" + PRODUCTION_PROFILE + "' profile needs "
                    + "a secret crypto key for resident IDs and bank cards, but BANGFU_CRYPTO_KEY ("
                    + KEY_PROPERTY + ") is " + (key.isEmpty() ? "empty" : "the published development key")
                    + ". Set BANGFU_CRYPTO_KEY to 32 random bytes in Base64, made once with `openssl rand -base64 32`"
                    + ", and keep it safe (docs/security/production.md).");
        }
    }

    /** After the configuration files and profiles are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
