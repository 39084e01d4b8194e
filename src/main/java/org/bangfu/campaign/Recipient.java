package org.bangfu.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bangfu.funds.PaymentStatus;

/** A registered recipient, with its payment line (once approved) and its visit record. */
public record Recipient(long id, long campaignId, long unitId, CampaignTarget target, RecipientOrigin origin,
                        Long caseId, Long modelWorkerId, Long delegationId, boolean organisation, String name,
                        String residentIdMasked, String accountLast4, BigDecimal cash, BigDecimal goodsValue,
                        String goodsNote, String paymentKey, PaymentStatus paymentStatus, LocalDate visitedOn,
                        String visitedBy, String visitNote) {
}
