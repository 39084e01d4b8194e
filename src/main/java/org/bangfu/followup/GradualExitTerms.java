package org.bangfu.followup;

import java.math.BigDecimal;

/**
 * The bounds an approver's gradual-exit decision must keep, from the rule settings of the file's region on the day
 * asked: {@code minMonths}–{@code maxMonths} months (1–6) and a monthly aid of at most {@code maxMonthlyAid}, the
 * share {@code maxRatio} (60%) of the former monthly aid, rounded down to the fen. Screens show them; {@link
 * FollowUpService#decideExit} refuses anything outside them.
 */
public record GradualExitTerms(int minMonths, int maxMonths, BigDecimal maxRatio, BigDecimal maxMonthlyAid) {
}
