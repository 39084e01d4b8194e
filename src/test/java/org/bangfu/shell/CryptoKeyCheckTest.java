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
}
