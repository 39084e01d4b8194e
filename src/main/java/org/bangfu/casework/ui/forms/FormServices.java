package org.bangfu.casework.ui.forms;

import org.bangfu.approval.AidService;
import org.bangfu.followup.FollowUpService;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.OrganizationService;
import org.bangfu.settings.RuleSettings;
import org.bangfu.workflow.TaskKinds;
import org.bangfu.workflow.WorkItems;
import org.springframework.stereotype.Component;

/** The module APIs the task forms call, injected once into the task screen and handed to its form. */
@Component
public class FormServices {

    final WorkItems work;
    final TaskKinds kinds;
    final IdentificationService files;
    final VerificationService verification;
    final AidService aid;
    final FollowUpService followUp;
    final RuleSettings settings;
    final OrganizationService organization;
    final org.bangfu.funds.PaymentService payments;
    final java.time.Clock clock;
    final org.bangfu.organization.People people;

    FormServices(WorkItems work, TaskKinds kinds, IdentificationService files, VerificationService verification,
                 AidService aid, FollowUpService followUp, RuleSettings settings, OrganizationService organization,
                 org.bangfu.funds.PaymentService payments, java.time.Clock clock,
                 org.bangfu.organization.People people) {
        this.clock = clock;
        this.people = people;
        this.work = work;
        this.kinds = kinds;
        this.files = files;
        this.verification = verification;
        this.aid = aid;
        this.followUp = followUp;
        this.settings = settings;
        this.organization = organization;
        this.payments = payments;
    }
}
