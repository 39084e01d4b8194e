package org.bangfu.funds.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the bank file layout properties. */
@Configuration
@EnableConfigurationProperties(BankFileLayout.class)
class BankFileConfiguration {
}
