package org.bangfu.settings.internal;

import static org.bangfu.settings.SettingKeys.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangfu.settings.SettingCatalog;
import org.bangfu.settings.SettingDefinition;
import org.bangfu.settings.SettingUnit;
import org.springframework.stereotype.Component;

/**
 * The registry of known keys and their allowed ranges. Ranges keep values within what the national rules allow
 * (e.g. a public notice of at least 5 working days, at least 30 % of files spot-checked) and within plausibility.
 */
@Component
class KnownSettings implements SettingCatalog {

    private static final List<String> GRADES = List.of("DEEP", "RELATIVE", "ACCIDENT");
    private static final Pattern TASK_SLA = Pattern.compile("sla\\.(Task_[A-Za-z]+)\\.(dueWorkingDays|escalateWorkingDays)");
    private static final int DUE_MAX = 60;
    private static final int ESCALATE_MAX = 30;

    private final Map<String, SettingDefinition> fixed = new LinkedHashMap<>();

    KnownSettings() {
        add(NOTICE_WORKING_DAYS, SettingUnit.WORKING_DAYS, "5", "30");
        add(SLA_DEFAULT_DUE, SettingUnit.WORKING_DAYS, "1", String.valueOf(DUE_MAX));
        add(SLA_DEFAULT_ESCALATE, SettingUnit.WORKING_DAYS, "0", String.valueOf(ESCALATE_MAX));
        perGrade(VISIT_INTERVAL_MONTHS, SettingUnit.MONTHS, "1", "12");
        add(REVERIFICATION_SAMPLE_RATIO, SettingUnit.RATIO, "0.30", "1");
        add(EXIT_CONSECUTIVE_MONTHS, SettingUnit.MONTHS, "1", "24");
        add(GRADUAL_EXIT_MIN_MONTHS, SettingUnit.MONTHS, "1", "12");
        add(GRADUAL_EXIT_MAX_MONTHS, SettingUnit.MONTHS, "1", "12");
        add(GRADUAL_EXIT_MAX_RATIO, SettingUnit.RATIO, "0", "1");
        add(WATCH_CALLBACK_MONTHS, SettingUnit.MONTHS, "1", "12");
        add(WATCH_PERIOD_MONTHS, SettingUnit.MONTHS, "1", "60");
        perGrade(CAP_LIVING_MONTHS, SettingUnit.MONTHS, "0", "12");
        perGrade(CAP_MEDICAL_RATIO, SettingUnit.RATIO, "0", "1");
        perGrade(CAP_MEDICAL_MAX, SettingUnit.YUAN, "0", "1000000");
        add(CAP_EDUCATION_BASIC, SettingUnit.YUAN, "0", "100000");
        add(CAP_EDUCATION_HIGHER, SettingUnit.YUAN, "0", "100000");
        add(CAP_ACCIDENT_RATIO, SettingUnit.RATIO, "0", "1");
        add(CAP_ACCIDENT_MAX, SettingUnit.YUAN, "0", "1000000");
        add(CAP_TRAINING_MAX, SettingUnit.YUAN, "0", "100000");
        add(CAP_JOB_PLACEMENT_MAX, SettingUnit.YUAN, "0", "100000");
        add(CAP_LEGAL_MAX, SettingUnit.YUAN, "0", "100000");
        add(RELATIVE_AID_TYPES_PER_YEAR, SettingUnit.COUNT, "1", "6");
        add(EMERGENCY_MAX_AMOUNT, SettingUnit.YUAN, "0", "50000");
        add(GRANT_DRAW_FROM_ANCESTOR, SettingUnit.COUNT, "0", "1");
    }

    private void add(String key, SettingUnit unit, String min, String max) {
        fixed.put(key, new SettingDefinition(key, unit, new BigDecimal(min), new BigDecimal(max),
                "settings.key." + key, null));
    }

    /** {@code prefix} ends with a dot; one key per grade, one description with the grade as argument. */
    private void perGrade(String prefix, SettingUnit unit, String min, String max) {
        String description = "settings.key." + prefix.substring(0, prefix.length() - 1);
        for (String grade : GRADES) {
            fixed.put(prefix + grade, new SettingDefinition(prefix + grade, unit, new BigDecimal(min),
                    new BigDecimal(max), description, grade));
        }
    }

    @Override
    public List<SettingDefinition> definitions() {
        return List.copyOf(fixed.values());
    }

    @Override
    public Optional<SettingDefinition> definition(String key) {
        if (key == null) {
            return Optional.empty();
        }
        SettingDefinition known = fixed.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher task = TASK_SLA.matcher(key);
        if (!task.matches()) {
            return Optional.empty();
        }
        boolean due = task.group(2).equals("dueWorkingDays");
        return Optional.of(new SettingDefinition(key, SettingUnit.WORKING_DAYS, due ? BigDecimal.ONE : BigDecimal.ZERO,
                BigDecimal.valueOf(due ? DUE_MAX : ESCALATE_MAX), "settings.key.sla." + task.group(2), task.group(1)));
    }
}
