package org.bangfu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.bangfu.funds.FundSource;
import org.bangfu.grading.Grade;
import org.bangfu.identification.CaseStatus;
import org.junit.jupiter.api.Test;

/** The charts order grades, statuses and sources like their enums, which the dashboard module does not import. */
class DisplayOrderTest {

    @Test
    void theChartOrdersListEveryConstantOfTheEnumsInTheirOrder() {
        assertThat(DashboardView.GRADES).containsExactlyElementsOf(Arrays.stream(Grade.values()).map(Enum::name)
                .toList());
        assertThat(DashboardView.STATUSES).containsExactlyElementsOf(Arrays.stream(CaseStatus.values())
                .map(Enum::name).toList());
        assertThat(DashboardView.SOURCES).containsExactlyElementsOf(Arrays.stream(FundSource.values())
                .map(Enum::name).toList());
    }
}
