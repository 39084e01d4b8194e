package org.bangfu.campaign;

import java.math.BigDecimal;

/** What a delegation does at each place it visits: e.g. one enterprise at 50,000, two hardship households at 2,000. */
public record DelegationItem(CampaignTarget target, Integer perPlace, BigDecimal amountPerItem) {
}
