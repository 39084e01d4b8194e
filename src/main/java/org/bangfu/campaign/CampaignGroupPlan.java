package org.bangfu.campaign;

import java.math.BigDecimal;

/**
 * A target group with its standard per recipient: a range (enterprises 30,000 to 50,000) or one amount (min = max),
 * and for model workers the minimum age on the cut-off date (70 and over), else null.
 */
public record CampaignGroupPlan(CampaignTarget target, BigDecimal standardMin, BigDecimal standardMax,
                                Integer minAge) {
}
