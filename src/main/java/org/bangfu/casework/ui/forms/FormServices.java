package org.bangfu.casework.ui.forms;

import org.bangfu.approval.AidService;
import org.bangfu.casework.TaskActions;
import org.bangfu.followup.FollowUpService;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.OrganizationService;
import org.bangfu.settings.RuleSettings;
import org.springframework.stereotype.Component;

/** The module APIs the task forms call, injected once into the task screen and handed to its form. */
@Component
public class FormServices {

    final TaskActions actions;
    final IdentificationService files;
    final AidService aid;
    final FollowUpService followUp;
    final RuleSettings settings;
    final OrganizationService organization;
    final org.bangfu.funds.PaymentService payments;
    final org.camunda.bpm.engine.TaskService tasks;

    FormServices(TaskActions actions, IdentificationService files, AidService aid, FollowUpService followUp,
                 RuleSettings settings, OrganizationService organization, org.bangfu.funds.PaymentService payments,
                 org.camunda.bpm.engine.TaskService tasks) {
        this.payments = payments;
        this.tasks = tasks;
        this.actions = actions;
        this.files = files;
        this.aid = aid;
        this.followUp = followUp;
        this.settings = settings;
        this.organization = organization;
    }
}
