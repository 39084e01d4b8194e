package org.bangfu.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.assertj.core.groups.Tuple;
import org.bangfu.ModuleSliceTest;
import org.bangfu.MovableClock;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Versioned rule values: the fallback chain, effective dates on business time, and refusals that save nothing. */
@ModuleSliceTest(extraIncludes = {"organization", "shared"})
@RecordApplicationEvents
class RuleSettingsSliceTest {

    /** Far in the future, so that these versions never apply to what other tests do today. */
    private static final LocalDate FUTURE = LocalDate.of(2090, 1, 1);

    @Autowired RuleSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired OrganizationService organization;

    private CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.sql("DELETE FROM rule_setting WHERE changed_by <> 'system' AND (effective_from >= ? "
                + "OR (setting_key = ? AND division_code = '419001'))").params(FUTURE, SettingKeys.CAP_LEGAL_MAX).update();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM rule_setting").query(Long.class).single();
    }

    private RuleSetting add(String key, String division, LocalDate from, String value) {
        return settings.addVersion(new NewRuleSetting(key, division, from, new BigDecimal(value)), user("analyst"));
    }

    @Test
    void aValueComesFromTheDivisionElseItsCityElseItsProvinceElseTheNation() {
        String key = SettingKeys.WATCH_CALLBACK_MONTHS;
        add(key, "410000", FUTURE, "4");
        add(key, "410100", FUTURE, "5");
        add(key, "410102", FUTURE, "6");
        LocalDate on = FUTURE.plusMonths(6);
        assertThat(settings.integer(key, "410102", on)).as("Zhongyuan district itself").isEqualTo(6);
        assertThat(settings.integer(key, "410108", on)).as("another Zhengzhou district: the city").isEqualTo(5);
        assertThat(settings.integer(key, "410302", on)).as("a Luoyang district: the province").isEqualTo(4);
        assertThat(settings.integer(key, "420100", on)).as("Wuhan: the national default").isEqualTo(3);
        assertThat(settings.integer(key, "410102", FUTURE.minusDays(1))).as("before the versions").isEqualTo(3);
    }

    @Test
    void theSeededZhengzhouOverrideAppliesFrom2026Only() {
        String key = SettingKeys.VISIT_INTERVAL_MONTHS + "RELATIVE";
        assertThat(settings.integer(key, "410102", LocalDate.of(2025, 12, 31))).isEqualTo(3);
        assertThat(settings.integer(key, "410102", LocalDate.of(2026, 1, 1))).isEqualTo(2);
        assertThat(settings.integer(key, "410302", LocalDate.of(2026, 1, 1))).isEqualTo(3);
        assertThat(settings.decimal(SettingKeys.REVERIFICATION_SAMPLE_RATIO, "410102", LocalDate.of(2026, 1, 1)))
                .isEqualByComparingTo("0.30");
        assertThat(settings.find(SettingKeys.NOTICE_WORKING_DAYS, "410102", LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void aVersionFromALaterDateLeavesTodaysValueUntilTheDayComes() {
        String key = SettingKeys.CAP_LEGAL_MAX;
        LocalDate today = LocalDate.now(clock);
        BigDecimal before = settings.decimal(key, "419001", today);
        add(key, "419001", today.plusDays(10), "6000");
        assertThat(settings.decimal(key, "419001", LocalDate.now(clock))).isEqualByComparingTo(before);
        try {
            clock.moveTo(today.plusDays(10));
            assertThat(settings.decimal(key, "419001", LocalDate.now(clock))).isEqualByComparingTo("6000");
            assertThatThrownBy(() -> add(key, "419001", today.plusDays(5), "7000"))
                    .as("a date that has become past").isInstanceOf(InvalidInputException.class);
        } finally {
            clock.reset();
        }
        assertThat(events.stream(RuleSettingChanged.class)).extracting(RuleSettingChanged::key,
                RuleSettingChanged::divisionCode, RuleSettingChanged::changedBy)
                .containsExactly(Tuple.tuple(key, "419001", "analyst"));
    }

    @Test
    void anUnknownKeyABadDivisionAPastDateAndAnOutOfRangeValueAreRefusedFieldByFieldAndNothingIsSaved() {
        long before = rows();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        assertThatThrownBy(() -> add("notice.calendarDays", "41010", yesterday, "5"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                                Tuple.tuple("key", "error.settingUnknownKey"),
                                Tuple.tuple("divisionCode", "error.settingDivisionFormat"),
                                Tuple.tuple("effectiveFrom", "error.settingPastDate")));
        assertThatThrownBy(() -> add(SettingKeys.NOTICE_WORKING_DAYS, "410000", FUTURE, "3"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of("value", "error.settingOutOfRange", "5", "30")));
        assertThatThrownBy(() -> add(SettingKeys.VISIT_INTERVAL_MONTHS + "DEEP", "410000", FUTURE, "1.5"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of("value", "error.settingMustBeWhole")));
        assertThatThrownBy(() -> add(SettingKeys.REVERIFICATION_SAMPLE_RATIO, "410000", FUTURE, "0.25"))
                .as("fewer than 30 % spot-checks").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> add("sla.ApproveAid.dueWorkingDays", "410000", FUTURE, "5"))
                .as("a task key without the Task_ prefix").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> settings.addVersion(new NewRuleSetting(null, null, null, null), user("analyst")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::messageKey).containsOnly("validation.required").hasSize(4));
        assertThat(rows()).isEqualTo(before);
        assertThat(events.stream(RuleSettingChanged.class)).isEmpty();
    }

    @Test
    void onlyAnalystsAndAdministratorsAddVersions() {
        long before = rows();
        NewRuleSetting valid = new NewRuleSetting(SettingKeys.NOTICE_WORKING_DAYS, "410000", FUTURE, BigDecimal.TEN);
        assertThatThrownBy(() -> settings.addVersion(valid, user("cw_canyin"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> settings.addVersion(valid, user("auditor_zhengzhou")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rows()).isEqualTo(before);
        assertThat(settings.addVersion(valid, user("admin")).changedBy()).isEqualTo("admin");
        assertThat(rows()).isEqualTo(before + 1);
    }

    @Test
    void aSecondVersionForTheSameDayIsRefusedButATaskOfItsOwnIsAccepted() {
        add(SettingKeys.slaDue("Task_ApproveAid"), "410000", FUTURE, "7");
        assertThatThrownBy(() -> add(SettingKeys.slaDue("Task_ApproveAid"), "410000", FUTURE, "8"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of("effectiveFrom", "error.settingVersionExists")));
        assertThat(settings.integer("sla.Task_ApproveAid.dueWorkingDays", "410102", FUTURE)).isEqualTo(7);
        assertThat(settings.versions()).filteredOn(v -> v.key().equals("sla.Task_ApproveAid.dueWorkingDays"))
                .singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("7"));
    }

    @Test
    void aMissingSettingOrAFractionReadAsAWholeNumberIsAConflict() {
        assertThatThrownBy(() -> settings.decimal("sla.Task_Unknown.dueWorkingDays", "410102", FUTURE))
                .isInstanceOfSatisfying(ConflictException.class,
                        c -> assertThat(c.messageKey()).isEqualTo("error.settingMissing"));
        assertThatThrownBy(() -> settings.integer(SettingKeys.GRADUAL_EXIT_MAX_RATIO, "410102", FUTURE))
                .isInstanceOfSatisfying(ConflictException.class,
                        c -> assertThat(c.messageKey()).isEqualTo("error.settingNotInteger"));
    }

    @Test
    void versionsListEveryKeyNewestFirstPerKeyAndDivision() {
        add(SettingKeys.EMERGENCY_MAX_AMOUNT, "000000", FUTURE, "12000");
        assertThat(settings.versions()).filteredOn(v -> v.key().equals(SettingKeys.EMERGENCY_MAX_AMOUNT))
                .extracting(RuleSetting::effectiveFrom).containsExactly(FUTURE, LocalDate.of(2025, 1, 1));
        assertThat(settings.versions()).extracting(RuleSetting::divisionCode).allMatch(d -> d.length() == 6);
    }
}
