package org.bangfu.casework.process;

import org.bangfu.campaign.CampaignVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.OrganizationService;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.settings.WorkingDays;
import org.bangfu.workflow.ProcessStep;
import org.bangfu.workflow.Sla;
import org.springframework.stereotype.Component;

/**
 * Task deadlines in Chinese working days from the rule settings of the case's region: the due date of a user task
 * ({@code camunda:dueDate="${sla.dueDate(execution, 'Task_X')}"}) and the moment the SLA sweep escalates it
 * ({@code ${sla.escalateAt(execution, 'Task_X')}}), both at the end of the working day.
 */
@Component
public class SlaClock implements Sla {

    private final RuleSettings settings;
    private final WorkingDays workingDays;
    private final IdentificationService files;
    private final OrganizationService organization;
    private final Clock clock;

    SlaClock(RuleSettings settings, WorkingDays workingDays, IdentificationService files,
             OrganizationService organization, Clock clock) {
        this.settings = settings;
        this.workingDays = workingDays;
        this.files = files;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public Date dueDate(ProcessStep.StepContext execution, String taskKey) {
        return endOf(dueDay(execution, taskKey, null));
    }

    @Override
    public Date escalateAt(ProcessStep.StepContext execution, String taskKey) {
        String division = division(execution);
        int further = days(SettingKeys.SLA_PREFIX + taskKey + ".escalateWorkingDays",
                SettingKeys.SLA_DEFAULT_ESCALATE, division);
        // A second after the due date at the earliest, so a task is overdue before it escalates.
        return Date.from(endOf(workingDays.plusWorkingDays(dueDay(execution, taskKey, division), further)).toInstant()
                .plusSeconds(1));
    }

    /**
     * When a task has a fixed deadline (a campaign's report deadline, in the variable {@code deadline.<taskKey>}),
     * the reminder goes out {@value #REMIND_DAYS_BEFORE} days before it, at nine in the morning.
     */
    @Override
    public Date remindAt(ProcessStep.StepContext execution, String taskKey) {
        LocalDate day = dueDay(execution, taskKey, null).minusDays(REMIND_DAYS_BEFORE);
        return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant());
    }

    /** Days before a fixed deadline that the reminder goes out. */
    public static final int REMIND_DAYS_BEFORE = 3;

    /** The due day; {@code division} when the caller has it already (null: read it), so the case is read once. */
    private LocalDate dueDay(ProcessStep.StepContext execution, String taskKey, String division) {
        Object fixed = execution.variable(DEADLINE_PREFIX + taskKey);
        if (fixed != null) {
            return LocalDate.parse(fixed.toString());
        }
        int due = days(SettingKeys.SLA_PREFIX + taskKey + ".dueWorkingDays", SettingKeys.SLA_DEFAULT_DUE,
                division != null ? division : division(execution));
        return workingDays.plusWorkingDays(LocalDate.now(clock), due);
    }

    private int days(String key, String fallbackKey, String division) {
        LocalDate today = LocalDate.now(clock);
        return settings.find(key, division, today).orElseGet(() -> settings.decimal(fallbackKey, division, today))
                .intValueExact();
    }

    /** Prefix of the variable holding a task's fixed deadline (ISO date), e.g. {@code deadline.Task_SubmitUnitReport}. */
    public static final String DEADLINE_PREFIX = org.bangfu.workflow.Processes.DEADLINE_PREFIX;

    private String division(ProcessStep.StepContext execution) {
        Object caseId = execution.variable(ProcessIds.VAR_CASE_ID);
        if (caseId == null) {
            Object unitId = execution.variable(CampaignVariables.UNIT_ID);
            if (unitId == null) {
                unitId = execution.variable(CampaignVariables.ORGANISER_UNIT_ID);
            }
            return unitId == null ? "000000" : organization.unit(((Number) unitId).longValue()).divisionCode();
        }
        return organization.unit(files.caseById((Long) caseId).unitId()).divisionCode();
    }

    private Date endOf(LocalDate day) {
        ZoneId zone = clock.getZone();
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
    }
}
