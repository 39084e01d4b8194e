package org.bangfu.shell;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class CryptoKeyCheckTest {

    /** Nothing to create: the check runs while the environment is prepared, before any bean. */
    static class Nothing {
    }

    @Test
    void thePostgresProfileRefusesToStartOnTheDevelopmentKeyAndSaysWhatToSet() {
        SpringApplicationBuilder start = new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE)
                .profiles("postgres").logStartupInfo(false);
        assertThatThrownBy(() -> start.run().close())
                .hasMessageContaining("BANGFU_CRYPTO_KEY").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void thePostgresProfileRefusesTheDockerComposePlaceholderAndAnEmptyKey() {
        for (String key : new String[] {"UkVQTEFDRS1NRS1SRVBMQUNFLU1FLVJFUExBQ0UtTUU=", ""}) {
            MockEnvironment production = new MockEnvironment().withProperty("bangfu.crypto.key", key);
            production.setActiveProfiles("postgres");
            assertThatThrownBy(() -> new CryptoKeyCheck().postProcessEnvironment(production, new SpringApplication()))
                    .hasMessageContaining("BANGFU_CRYPTO_KEY");
        }
    }

    @Test
    void aSecretKeyWithThePostgresProfileAndTheDevelopmentKeyWithoutItAreAccepted() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("bangfu.crypto.key", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
        production.setActiveProfiles("postgres");
        assertThatCode(() -> new CryptoKeyCheck().postProcessEnvironment(production, new SpringApplication()))
                .doesNotThrowAnyException();
        MockEnvironment demo = new MockEnvironment()
                .withProperty("bangfu.crypto.key", "YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=");
        assertThatCode(() -> new CryptoKeyCheck().postProcessEnvironment(demo, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void thePostgresProfileRefusesTheDevelopmentKeyUnderAnyKeyIdAndAcceptsAReplacedKeyOne() {
        String secret = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";
        MockEnvironment devKeyTwo = new MockEnvironment().withProperty("bangfu.crypto.key", secret)
                .withProperty("bangfu.crypto.keys.2", "YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=");
        devKeyTwo.setActiveProfiles("postgres");
        assertThatThrownBy(() -> new CryptoKeyCheck().postProcessEnvironment(devKeyTwo, new SpringApplication()))
                .hasMessageContaining("bangfu.crypto.keys.2");
        MockEnvironment keyOneReplaced = new MockEnvironment()
                .withProperty("bangfu.crypto.key", "YmFuZ2Z1LWRldmVsb3BtZW50LWtleS1vbmx5LTAwMDE=")
                .withProperty("bangfu.crypto.keys.1", secret);
        keyOneReplaced.setActiveProfiles("postgres");
        assertThatCode(() -> new CryptoKeyCheck().postProcessEnvironment(keyOneReplaced, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
