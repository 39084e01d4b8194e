package org.bangfu.campaign;

import java.math.BigDecimal;

/**
 * Plan against records for one place and item of a delegation: how many visits were planned and recorded (recipients
 * registered with this delegation at that place and visited), and the money planned and given.
 */
public record DelegationProgress(long placeUnitId, String placeName, CampaignTarget target, int planned, int visited,
                                 BigDecimal plannedMoney, BigDecimal givenMoney) {
}
