package org.bangfu.identification.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.identification.MeansCheckImports;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Import of a civil-affairs means-check result file (CSV, UTF-8 or GBK): all or nothing. A refused file lists its
 * problems by line; an accepted one completes the means-check task of every case in it.
 */
@Route("means-check-import")
@Menu(order = 2.7, title = "menu.meansCheckImport")
@RolesAllowed(Role.CASE_WORKER_NAME)
public class MeansCheckImportView extends VerticalLayout implements HasDynamicTitle {

    /** The header line the import expects (see VerificationService.importMeansChecks). */
    static final String FORMAT = "residentId,homesOwned,privateVehicle,businessWithEmployees,childAtHighFeeSchool,"
            + "onDibao,checkedOn\n410102198503120014,1,false,false,false,false,2026-11-20";

    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph result = new Paragraph();
    private final Grid<FieldError> problems = new Grid<>();
    private final MeansCheckImports actions;
    private final CurrentUser user;

    public MeansCheckImportView(MeansCheckImports actions, CurrentUsers users) {
        this.actions = actions;
        this.user = users.require();
        // The in-memory handler calls back inside UI.access: the session is locked here.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(bytes)));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setI18n(Texts.uploadTexts(this));
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setId("import-upload");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("import-progress");
        result.setId("import-result");
        problems.setId("import-problems");
        problems.setEmptyStateText(getTranslation("empty.import-problems"));
        problems.addColumn(this::where).setHeader(getTranslation("casework.import.line")).setAutoWidth(true);
        problems.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("casework.import.problem"));
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
        add(new H2(getTranslation("casework.import.title")), new Paragraph(getTranslation("casework.import.help")),
                new Pre(FORMAT), upload, progress, result, problems);
    }

    /** "line 3" as the service names it, shown in the screen's language; "file" for the whole file. */
    private String where(FieldError error) {
        if (error.field().startsWith("line ")) {
            return getTranslation("casework.import.lineNo", error.field().substring(5).trim());
        }
        return getTranslation("casework.import.wholeFile");
    }

    private void working(boolean busy) {
        progress.setVisible(busy);
        if (busy) {
            result.setText(getTranslation("casework.import.working"));
            problems.setVisible(false);
        }
    }

    /**
     * Shows the progress indicator first and imports on the browser's next round trip: without server push, changes
     * made while the import runs would only reach the browser after it.
     */
    private void received(byte[] csv) {
        working(true);
        getElement().executeJs("return 0").then(ignored -> importFile(csv));
    }

    /** Imports the file's bytes and shows the outcome; public so that tests need no browser upload. */
    public void importFile(byte[] csv) {
        working(true);
        try {
            int completed = actions.importMeansChecks(csv, user);
            result.setText(getTranslation("casework.import.done", completed));
            problems.setItems(List.of());
            problems.setVisible(false);
        } catch (InvalidInputException refused) {
            result.setText(getTranslation("casework.import.refused", refused.errors().size()));
            problems.setItems(refused.errors());
            problems.setVisible(true);
        } catch (BangfuException refused) {
            result.setText(getTranslation(refused.messageKey(), refused.args().toArray()));
            problems.setVisible(false);
        } finally {
            progress.setVisible(false);
            upload.clearFileList();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.import.title");
    }
}
