package org.bangfu.casework.ui.forms;

import org.bangfu.followup.process.FollowUpVisitTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.shell.ui.ErrorText;
import org.bangfu.shell.ui.Texts;
import org.bangfu.followup.VisitCommand;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.NewAttachment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * A follow-up visit of an open file: date, visitors, findings, whether hardship persists, this month's per-capita
 * income, and photos. Photos are kept until the form is sent and recorded with the visit (kind VISIT_PHOTO).
 */
public class VisitForm extends TaskForm<FollowUpVisitTask> {

    private final DatePicker visitDate = new DatePicker();
    private final TextField visitors = new TextField();
    private final TextArea findings = new TextArea();
    private final RadioButtonGroup<Boolean> hardshipPersists;
    private final BigDecimalField perCapitaIncome = new BigDecimalField();
    private final Upload photos;
    private final List<NewAttachment> pendingPhotos = new ArrayList<>();
    private final Span photoCount = new Span();

    public VisitForm(TaskContext context) {
        super(context);
        visitDate.setId("visit-date");
        visitDate.setLabel(getTranslation("casework.form.visitDate"));
        visitDate.setValue(LocalDate.now(context.services().clock));
        visitors.setId("visit-visitors");
        visitors.setLabel(getTranslation("casework.form.visitors"));
        findings.setId("visit-findings");
        findings.setLabel(getTranslation("casework.form.findings"));
        hardshipPersists = Texts.yesNo(this, "casework.form.visit.hardshipPersists");
        hardshipPersists.setId("visit-hardship-persists");
        perCapitaIncome.setId("visit-per-capita-income");
        perCapitaIncome.setLabel(getTranslation("casework.form.visit.perCapitaIncome"));
        // The in-memory handler calls back inside UI.access: the session is locked here.
        photos = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            pendingPhotos.add(new NewAttachment(AttachmentKind.VISIT_PHOTO, metadata.fileName(),
                    metadata.contentType(), bytes, null));
            photoCount.setText(getTranslation("casework.form.visit.photos", pendingPhotos.size()));
        }));
        photos.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        photos.setI18n(org.bangfu.shell.ui.Texts.uploadTexts(this));
        photos.setMaxFileSize(5 * 1024 * 1024);
        photos.setId("visit-photos");
        ErrorText photoError = new ErrorText();
        errors.add("visitDate", visitDate);
        errors.add("visitors", visitors);
        errors.add("findings", findings);
        errors.add("hardshipPersists", hardshipPersists);
        errors.add("perCapitaIncome", perCapitaIncome);
        errors.add("file", photoError);
        layout(visitDate, visitors, findings, hardshipPersists, perCapitaIncome,
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                        new Span(getTranslation("casework.form.visit.photoLabel")), photos, photoCount, photoError));
    }

    @Override
    protected void complete() {
        // One transaction: a refused photo is shown next to the upload and nothing is recorded.
        finish(new FollowUpVisitTask.Visit(new VisitCommand(visitDate.getValue(), visitors.getValue(),
                findings.getValue(), hardshipPersists.getValue(), perCapitaIncome.getValue()),
                List.copyOf(pendingPhotos)));
    }
}
