package org.bangfu.followup;

/** How many consecutive months up to the latest record the income was above 低保, and how many the exit needs. */
public record ExitCheck(int consecutiveMonthsAbove, int requiredMonths) {

    public boolean incomeConditionMet() {
        return consecutiveMonthsAbove >= requiredMonths;
    }
}
