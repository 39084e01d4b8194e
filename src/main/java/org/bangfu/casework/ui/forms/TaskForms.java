package org.bangfu.casework.ui.forms;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** The form for each kind of user task, by its BPMN id. */
public final class TaskForms {

    /** The task kinds that have a form: the inbox offers these in its task-type filter. */
    public static final List<String> KEYS = List.of("Task_FirstReview", "Task_HomeVisit", "Task_MeansCheck",
            "Task_ResolveObjection", "Task_ApproveFile", "Task_ProvideInfo", "Task_ApproveAid",
            "Task_ReviseAidRequest", "Task_ApproveEmergency", "Task_CompleteEmergencyFile", "Task_FollowUpVisit",
            "Task_YearlyReview", "Task_SpotCheck", "Task_AssessExit", "Task_ApproveExit", "Task_CallBack",
            "Task_HandleFailedPayment");

    private TaskForms() {
    }

    /** The form for the task, or a note when a task kind has none (the task is then done elsewhere). */
    public static Component create(TaskContext context) {
        return switch (context.task().taskKey()) {
            case "Task_FirstReview" -> new FirstReviewForm(context);
            case "Task_HomeVisit" -> new HomeVisitForm(context);
            case "Task_MeansCheck" -> new MeansCheckForm(context);
            case "Task_ResolveObjection" -> new ObjectionForm(context);
            case "Task_ApproveFile" -> new FileDecisionForm(context);
            case "Task_ProvideInfo" -> new ProvideInfoForm(context);
            case "Task_ApproveAid" -> new AidDecisionForm(context, false);
            case "Task_ApproveEmergency" -> new AidDecisionForm(context, true);
            case "Task_ReviseAidRequest" -> new ReviseAidForm(context);
            case "Task_CompleteEmergencyFile" -> new CompleteEmergencyForm(context);
            case "Task_FollowUpVisit" -> new VisitForm(context);
            case "Task_YearlyReview" -> new YearlyReviewForm(context);
            case "Task_SpotCheck" -> new SpotCheckForm(context);
            case "Task_AssessExit" -> new ExitAssessmentForm(context);
            case "Task_ApproveExit" -> new ExitDecisionForm(context);
            case "Task_CallBack" -> new CallBackForm(context);
            case "Task_HandleFailedPayment" -> new FailedPaymentForm(context);
            default -> new Paragraph(context.task().taskKey());
        };
    }
}
