package org.bangfu.casework.ui.forms;

import org.bangfu.identification.process.HomeVisitTask;
import java.time.LocalDate;

import org.bangfu.identification.AttachmentKind;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The home visit before the file opens: date, visitors, findings, and the signed means-check authorization. */
public class HomeVisitForm extends TaskForm<HomeVisitTask> {

    private final DatePicker visitDate = new DatePicker();
    private final TextField visitors = new TextField();
    private final TextArea findings = new TextArea();
    private final AttachmentUpload authorization;

    public HomeVisitForm(TaskContext context) {
        super(context);
        visitDate.setLabel(getTranslation("casework.form.visitDate"));
        visitDate.setValue(LocalDate.now(context.services().clock));
        visitDate.setId("visit-date");
        visitors.setLabel(getTranslation("casework.form.visitors"));
        visitors.setId("visit-visitors");
        findings.setLabel(getTranslation("casework.form.findings"));
        findings.setId("visit-findings");
        authorization = new AttachmentUpload(getTranslation("casework.form.homeVisit.authorization"),
                context.caseId(), AttachmentKind.MEANS_CHECK_AUTHORIZATION, null, context.services().files,
                context.user());
        authorization.setId("visit-authorization");
        long already = context.detail().attachments().stream()
                .filter(a -> a.kind() == AttachmentKind.MEANS_CHECK_AUTHORIZATION).count();
        if (already > 0) {
            authorization.add(new com.vaadin.flow.component.html.Span(
                    getTranslation("casework.form.homeVisit.authorizationPresent", already)));
        }
        errors.add("visitDate", visitDate);
        errors.add("visitors", visitors);
        errors.add("findings", findings);
        errors.add("authorization", authorization.error);
        layout(visitDate, visitors, findings, authorization);
    }

    @Override
    protected void complete() {
        finish(new HomeVisitTask.HomeVisit(visitDate.getValue(), visitors.getValue(), findings.getValue()));
    }
}
