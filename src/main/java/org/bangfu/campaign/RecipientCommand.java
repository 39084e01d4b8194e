package org.bangfu.campaign;

import java.math.BigDecimal;

/**
 * A recipient as registered by a unit. From a file: {@code caseId} (name, ID and account come from the file). From the
 * model-worker list: {@code modelWorkerId}. Entered: name, resident ID (not for organisations), phone, account holder
 * and number, validated like a file. {@code delegationId} marks a visit of a delegation. Cash is paid to the account;
 * goods are recorded with their value.
 */
public record RecipientCommand(CampaignTarget target, RecipientOrigin origin, Long caseId, Long modelWorkerId,
                               Long delegationId, String name, String residentId, String phone, String cardHolderName,
                               String accountNumber, boolean confirmNonCardAccount, BigDecimal cash,
                               BigDecimal goodsValue, String goodsNote) {
}
