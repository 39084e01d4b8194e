package org.bangfu.funds;

/**
 * Sends one SMS. The default implementation only writes the message to the log; a real gateway is a bean of this
 * type selected by configuration ({@code bangfu.sms.sender}), e.g. an HTTP client of the operator's API.
 */
public interface SmsSender {

    /** Sends the text; throws when the gateway refuses it (the notice is then marked FAILED). */
    void send(String phone, String text);
}
