package org.bangfu.funds.internal;

import org.bangfu.funds.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The SMS "gateway" of development and tests: the phone number is masked, the text logged. */
@Component
@ConditionalOnProperty(name = "bangfu.sms.sender", havingValue = "log", matchIfMissing = true)
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String phone, String text) {
        String masked = phone.length() > 7 ? phone.substring(0, 3) + "****" + phone.substring(7) : "****";
        log.info("SMS to {}: {}", masked, text);
    }
}
