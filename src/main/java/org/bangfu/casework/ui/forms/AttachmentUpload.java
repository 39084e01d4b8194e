package org.bangfu.casework.ui.forms;

import org.bangfu.shell.ui.ErrorText;
import org.bangfu.shell.FieldErrors;
import org.bangfu.identification.Attachment;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.NewAttachment;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.BangfuException;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload that attaches each received file to the case at once (kind given), through the identification module,
 * which refuses empty, too large or wrong-type files. Refusals show below the upload.
 */
public class AttachmentUpload extends VerticalLayout {

    private final Upload upload;
    final ErrorText error = new ErrorText();
    private final Span uploaded = new Span();
    private int count;
    private Runnable afterStore = () -> { };

    public AttachmentUpload(String label, long caseId, AttachmentKind kind, Long visitId, IdentificationService files,
                            CurrentUser user) {
        this(label, caseId, () -> kind, visitId, files, user);
    }

    /** The kind is read when a file arrives: the case screen lets the user pick it. */
    public AttachmentUpload(String label, long caseId, java.util.function.Supplier<AttachmentKind> kind, Long visitId,
                            IdentificationService files, CurrentUser user) {
        setPadding(false);
        setSpacing(false);
        // The in-memory handler calls back inside UI.access: the session is locked here.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> store(files, caseId, new NewAttachment(
                kind.get(), metadata.fileName(), metadata.contentType(), bytes, visitId), user)));
        upload.setId("attachment-upload");
        error.setId("attachment-upload-error");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf",
                ".doc", ".docx");
        upload.setI18n(org.bangfu.shell.ui.Texts.uploadTexts(this));
        upload.setMaxFileSize(5 * 1024 * 1024);
        add(new Span(label), upload, error, uploaded);
    }

    /** Attaches one file; public so that tests can hand in bytes without a browser. */
    public void store(IdentificationService files, long caseId, NewAttachment file, CurrentUser user) {
        error.setInvalid(false);
        try {
            Attachment saved = files.attach(caseId, file, user);
            count++;
            uploaded.setText(getTranslation("casework.form.uploaded", count, saved.fileName()));
            afterStore.run();
        } catch (BangfuException refused) {
            FieldErrors errors = new FieldErrors(this);
            errors.add("file", error);
            errors.add("kind", error);
            errors.show(refused);
        }
    }

    /** Runs after each stored file (the case screen refreshes its attachment list). */
    public void afterStore(Runnable afterStore) {
        this.afterStore = afterStore;
    }

    public int count() {
        return count;
    }

}
