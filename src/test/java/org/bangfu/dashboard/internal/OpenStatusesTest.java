package org.bangfu.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.bangfu.grading.Grade;
import org.bangfu.identification.CaseStatus;
import org.junit.jupiter.api.Test;

/** The dashboard reads statuses and grades as text; these checks keep its SQL constants in step with the enums. */
class OpenStatusesTest {

    @Test
    void theOpenStatusesOfTheSqlAreThoseOfCaseStatusIsOpenFile() {
        String fromEnum = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpenFile)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
        assertThat(JdbcDashboardService.OPEN_STATUSES).isEqualTo(fromEnum);
    }

    @Test
    void deepHardshipIsAGradeConstant() {
        assertThat(Grade.valueOf(JdbcDashboardService.DEEP)).isEqualTo(Grade.DEEP);
    }
}
