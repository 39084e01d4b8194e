package org.bangfu.casework;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.workflow.Processes;
import org.bangfu.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development only ({@code bangfu.dev-tools.enabled}, on in the zero-setup H2 demo, off in the {@code postgres}
 * profile): ends a case's public notice now instead of after five working days, so a demo can go on to the approval.
 * It fires exactly one job, the notice timer ({@code Event_NoticePeriodEnds}) of the case's file process, for an
 * analyst or administrator whose jurisdiction covers the case, and audits it. The engine's own doors refuse job
 * execution for everyone.
 */
@Service
public class NoticeShortcut {

    /** The timer of the notice sub-process in {@code HardshipCaseProcess.bpmn}. */
    static final String NOTICE_TIMER = "Event_NoticePeriodEnds";
    static final String PRODUCTION_PROFILE = "postgres";

    private final boolean enabled;
    private final IdentificationService files;
    private final Jurisdiction jurisdiction;
    private final Processes processes;
    private final ApplicationEventPublisher events;

    NoticeShortcut(@Value("${bangfu.dev-tools.enabled:false}") boolean enabled, Environment environment,
                   IdentificationService files, Jurisdiction jurisdiction, Processes processes,
                   ApplicationEventPublisher events) {
        // Never in production, even if an environment variable switched the property back on.
        this.enabled = enabled && !environment.matchesProfiles(PRODUCTION_PROFILE);
        this.files = files;
        this.jurisdiction = jurisdiction;
        this.processes = processes;
        this.events = events;
    }

    /** Whether the development tools are switched on (the case screen shows the button only then). */
    public boolean enabled() {
        return enabled;
    }

    /** Whether this user would see the shortcut at all (enabled, analyst or administrator). */
    public boolean offeredTo(CurrentUser user) {
        return enabled && (user.hasRole(Role.ANALYST) || user.hasRole(Role.ADMIN));
    }

    /** Fires the case's notice timer now; the file then awaits approval as after a notice that ran its course. */
    @Transactional
    public HardshipCase endNotice(String caseNo, CurrentUser user) {
        if (!enabled) {
            throw new NotFoundException("engineDoors.error.devToolsDisabled");
        }
        jurisdiction.requireAnyRole(user, Role.ANALYST, Role.ADMIN);
        HardshipCase c = files.caseFor(caseNo, user);
        jurisdiction.requireCovers(user, c.unitId());
        Processes.FiredTimer timer = processes.fireTimer(ProcessIds.HARDSHIP_CASE_PROCESS, c.caseNo(), NOTICE_TIMER)
                .orElseThrow(() -> new ConflictException("engineDoors.error.notWaitingForNotice", c.caseNo()));
        events.publishEvent(new NoticeEndedEarly(user.username(), c.id(), c.unitId(), timer.jobId(), timer.due()));
        return files.caseById(c.id());
    }
}
