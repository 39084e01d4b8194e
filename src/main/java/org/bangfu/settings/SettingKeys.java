package org.bangfu.settings;

/**
 * Names of the rule settings. Task deadlines: {@code sla.<taskDefinitionKey>.dueWorkingDays} and
 * {@code sla.<taskDefinitionKey>.escalateWorkingDays} (days after the due date), falling back to the
 * {@code sla.default.*} values when a task has none. Per-grade keys end in {@code .DEEP}, {@code .RELATIVE},
 * {@code .ACCIDENT}.
 */
public final class SettingKeys {

    public static final String NOTICE_WORKING_DAYS = "notice.workingDays";
    public static final String SLA_PREFIX = "sla.";
    public static final String SLA_DEFAULT_DUE = "sla.default.dueWorkingDays";
    public static final String SLA_DEFAULT_ESCALATE = "sla.default.escalateWorkingDays";
    public static final String SLA_DUE_SUFFIX = ".dueWorkingDays";
    public static final String SLA_ESCALATE_SUFFIX = ".escalateWorkingDays";
    public static final String VISIT_INTERVAL_MONTHS = "visit.intervalMonths.";
    public static final String REVERIFICATION_SAMPLE_RATIO = "reverification.sampleRatio";
    public static final String EXIT_CONSECUTIVE_MONTHS = "exit.consecutiveMonths";
    public static final String GRADUAL_EXIT_MIN_MONTHS = "gradualExit.minMonths";
    public static final String GRADUAL_EXIT_MAX_MONTHS = "gradualExit.maxMonths";
    public static final String GRADUAL_EXIT_MAX_RATIO = "gradualExit.maxRatio";
    public static final String WATCH_CALLBACK_MONTHS = "watch.callBackIntervalMonths";
    public static final String WATCH_PERIOD_MONTHS = "watch.periodMonths";
    public static final String CAP_LIVING_MONTHS = "cap.living.months.";
    public static final String CAP_MEDICAL_RATIO = "cap.medical.ratio.";
    public static final String CAP_MEDICAL_MAX = "cap.medical.max.";
    public static final String CAP_EDUCATION_BASIC = "cap.education.basic";
    public static final String CAP_EDUCATION_HIGHER = "cap.education.higher";
    public static final String CAP_ACCIDENT_RATIO = "cap.accident.ratio";
    public static final String CAP_ACCIDENT_MAX = "cap.accident.max";
    public static final String CAP_TRAINING_MAX = "cap.training.max";
    public static final String CAP_JOB_PLACEMENT_MAX = "cap.jobPlacement.max";
    public static final String CAP_LEGAL_MAX = "cap.legal.max";
    public static final String RELATIVE_AID_TYPES_PER_YEAR = "relative.aidTypesPerYear";
    public static final String EMERGENCY_MAX_AMOUNT = "emergency.maxAmount";
    /** 1: a grant may draw on the nearest ancestor's allocation when its own unit has none that fits; 0: not. */
    public static final String GRANT_DRAW_FROM_ANCESTOR = "grant.drawFromAncestor";

    private SettingKeys() {
    }

    /** {@code sla.<taskDefinitionKey>.dueWorkingDays}; look up {@link #SLA_DEFAULT_DUE} when it is not set. */
    public static String slaDue(String taskDefinitionKey) {
        return SLA_PREFIX + taskDefinitionKey + SLA_DUE_SUFFIX;
    }

    /** {@code sla.<taskDefinitionKey>.escalateWorkingDays}; else {@link #SLA_DEFAULT_ESCALATE}. */
    public static String slaEscalate(String taskDefinitionKey) {
        return SLA_PREFIX + taskDefinitionKey + SLA_ESCALATE_SUFFIX;
    }
}
