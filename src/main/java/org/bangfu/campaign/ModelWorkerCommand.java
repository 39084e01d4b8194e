package org.bangfu.campaign;

/**
 * A new model-worker list entry, as typed: validated like a hardship file (resident ID check digit, 11-digit mobile,
 * real-name account whose holder is the worker; a non-card account only when confirmed).
 */
public record ModelWorkerCommand(Long unitId, String name, String residentId, ModelWorkerHonour honour,
                                 Integer honourYear, String phone, String cardHolderName, String accountNumber,
                                 boolean confirmNonCardAccount) {
}
