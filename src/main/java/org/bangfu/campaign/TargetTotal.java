package org.bangfu.campaign;

import java.math.BigDecimal;

/** One line of a campaign's roll-up: how many recipients of a target group, and the cash and goods they get. */
public record TargetTotal(CampaignTarget target, long recipients, BigDecimal cash, BigDecimal goodsValue) {
}
