/**
 * Statistics forms reported upward (GUIDE.md section 12): the warmth campaign form (送温暖统计表), the assistance
 * centre form (帮扶中心工作统计表) and the exit form (解困脱困情况统计表). Each form is a declared list of rows with
 * their identities (X = X1+…+Xn, "of which" rows not above their total); computed rows are read with a few
 * set-based SQL queries over the subtree of a unit, the rest is entered by the unit; a unit submits a locked,
 * versioned snapshot to its parent, which sees its children's status and a consolidated form and may return a
 * submission with a reason; forms export to .xlsx and print.
 * <p>
 * Reporting reads other modules' tables READ-ONLY with plain SQL ({@code payment_record}, {@code campaign_recipient},
 * {@code fund_allocation}, {@code fund_ledger}, {@code exit_assessment}, {@code hardship_case}, {@code org_unit}) so
 * that a province-wide form is a handful of GROUP BY queries rather than millions of API calls; it never writes
 * them. It writes only its own tables {@code stat_entry}, {@code stat_report} and {@code stat_report_value}. It uses
 * {@code campaign.CampaignTarget} for the mapping of target groups to form rows, so there is one such mapping.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"campaign", "organization", "settings", "shell", "shared"})
package org.bangfu.statistics;
