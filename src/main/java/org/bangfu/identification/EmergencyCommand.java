package org.bangfu.identification;

/**
 * A temporary relief file for sudden hardship (一事一议、先行救助): who, why, and the card to pay to. The household
 * data are completed afterwards, when the file is turned into a full one.
 */
public record EmergencyCommand(String workerName, String residentId, String phone, String employer,
                               HardshipCause hardshipCause, String situation, String bankCard,
                               String cardHolderName, Boolean confirmNonCardAccount) {
}
