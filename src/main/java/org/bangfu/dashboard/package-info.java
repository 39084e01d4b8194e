/**
 * Dashboard: charts and work lists for the user's unit subtree (cases by grade and status, money paid by fund source
 * and month, warmth-campaign coverage per unit, files unchanged for a year, approved files never paid). For
 * reporting it reads other modules' tables ({@code hardship_case}, {@code payment_record}, {@code audit_event},
 * {@code campaign*}, {@code org_unit}) READ-ONLY with plain SQL; it never writes to them and owns no tables. Who may
 * see what comes from {@code organization}'s jurisdiction; the API is {@link org.bangfu.dashboard.DashboardService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "organization", "shell", "shared"})
package org.bangfu.dashboard;
