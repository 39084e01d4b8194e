package org.bangfu.funds.ui;

import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.funds.BankFile;
import org.bangfu.funds.BatchLine;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.BatchStatus;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.ResultImport;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One bank batch: its lines and the bank's answers; release by a second person who confirms count and total,
 * the bank file in UTF-8 or GBK, and the import of the bank's result file with its progress and, when refused,
 * every problem by line (nothing is applied then).
 */
@Route("funds/batches/:batchId")
@RolesAllowed({Role.FINANCE_NAME, Role.APPROVER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class BatchDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph header = new Paragraph();
    private final Grid<BatchLine> lines = new Grid<>();
    private final Button release = new Button();
    private final Button discard = new Button();
    private final RadioButtonGroup<String> encoding = new RadioButtonGroup<>();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph result = new Paragraph();
    private final Grid<FieldError> problems = new Grid<>();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final VerticalLayout importArea = new VerticalLayout();

    private final BatchService batches;
    private final CurrentUser user;
    private PaymentBatch batch;

    public BatchDetailView(BatchService batches, CurrentUsers users) {
        this.batches = batches;
        this.user = users.require();
        header.setId("batch-header");
        lines.setId("batch-lines");
        lines.setEmptyStateText(getTranslation("funds.batches.linesEmpty"));
        lines.addColumn(BatchLine::lineNo).setHeader(getTranslation("funds.batches.lineNo")).setAutoWidth(true);
        lines.addColumn(BatchLine::caseNo).setHeader(getTranslation("funds.payments.caseNo")).setAutoWidth(true);
        lines.addColumn(BatchLine::payeeName).setHeader(getTranslation("funds.payments.payee"));
        lines.addColumn(BatchLine::accountMasked).setHeader(getTranslation("funds.payments.card")).setAutoWidth(true);
        lines.addColumn(l -> Formats.money(l.amount())).setHeader(getTranslation("funds.payments.amount"));
        lines.addComponentColumn(l -> {
            Span badge = new Span(getTranslation("enum.LineResult." + l.result()));
            badge.getElement().getThemeList().add("badge " + switch (l.result()) {
                case PAID -> "success";
                case FAILED -> "error";
                case PENDING -> "contrast";
            });
            return badge;
        }).setHeader(getTranslation("funds.batches.result"));
        lines.addColumn(l -> l.resultReason() == null ? "" : l.resultReason())
                .setHeader(getTranslation("funds.batches.failureReason"));
        lines.addColumn(l -> l.bankReference() == null ? "" : l.bankReference())
                .setHeader(getTranslation("funds.batches.bankReference"));
        release.setText(getTranslation("funds.batches.release"));
        release.setId("batch-release");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClickListener(e -> openRelease());
        discard.setText(getTranslation("funds.batches.discard"));
        discard.setId("batch-discard");
        discard.addClickListener(e -> discardBatch());
        encoding.setLabel(getTranslation("funds.batches.encoding"));
        encoding.setItems(BankFile.ENCODINGS);
        encoding.setValue("UTF-8");
        encoding.setId("batch-encoding");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.setId("batch-result-upload");
        progress.setVisible(false);
        progress.setId("batch-import-progress");
        result.setId("batch-import-result");
        problems.setId("batch-import-problems");
        problems.addColumn(e -> e.field().startsWith("line ")
                ? getTranslation("funds.batches.lineN", e.field().substring(5)) : getTranslation("funds.batches.wholeFile"))
                .setHeader(getTranslation("funds.batches.where")).setAutoWidth(true);
        problems.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("funds.batches.problem"));
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
        importArea.setPadding(false);
        importArea.add(new H3(getTranslation("funds.batches.importTitle")),
                new Paragraph(getTranslation("funds.batches.importHelp")), encoding, upload, progress, result,
                problems);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("batchId").orElse(-1L);
        try {
            batch = batches.batch(id, user);
        } catch (BangfuException refused) {
            removeAll();
            add(new H2(getTranslation(refused.messageKey(), refused.args().toArray())));
            return;
        }
        render();
    }

    public void render() {
        batch = batches.batch(batch.id(), user);
        removeAll();
        header.setText(getTranslation("funds.batches.header", batch.batchNo(),
                getTranslation("enum.BatchStatus." + batch.status()), batch.lineCount(), Formats.money(batch.total()),
                batch.gatheredBy(), batch.releasedBy() == null ? "-" : batch.releasedBy()));
        long batchId = batch.id();
        lines.setItems(query -> batches.lines(batchId, user, query.getOffset(), query.getLimit()).stream(),
                query -> batches.lineCount(batchId, user));
        boolean finance = user.hasRole(Role.FINANCE) && batch.unitId() == user.unit().id();
        boolean mayRelease = (user.hasRole(Role.FINANCE) || user.hasRole(Role.APPROVER))
                && batch.unitId() == user.unit().id();
        release.setVisible(mayRelease && batch.status() == BatchStatus.GATHERED);
        discard.setVisible(finance && batch.status() == BatchStatus.GATHERED);
        downloads.removeAll();
        if (finance && batch.status() != BatchStatus.GATHERED && batch.status() != BatchStatus.DISCARDED) {
            for (String name : BankFile.ENCODINGS) {
                Charset charset = BankFile.encoding(name);
                downloads.add(Downloads.link("batch-export-" + name, getTranslation("funds.batches.export", name),
                        batch.batchNo() + "_" + name + ".csv", () -> batches.export(batch.id(), charset, user)
                                .content()));
            }
        }
        importArea.setVisible(finance && (batch.status() == BatchStatus.SENT
                || batch.status() == BatchStatus.SETTLED));
        add(new H2(getTranslation("funds.batches.detailTitle", batch.batchNo())), header,
                new HorizontalLayout(release, discard), downloads, lines, importArea);
    }

    /** Four eyes: the second person types the count and the total they checked. */
    public Dialog openRelease() {
        Dialog dialog = new Dialog();
        dialog.setId("batch-release-dialog");
        dialog.setHeaderTitle(getTranslation("funds.batches.release"));
        IntegerField count = new IntegerField(getTranslation("funds.batches.confirmCount"));
        count.setId("release-count");
        BigDecimalField total = new BigDecimalField(getTranslation("funds.batches.confirmTotal"));
        total.setId("release-total");
        FieldErrors errors = new FieldErrors(dialog);
        errors.add("confirmedCount", count);
        errors.add("confirmedTotal", total);
        Button confirm = new Button(getTranslation("funds.batches.releaseConfirm"), click -> {
            if (!errors.run(() -> batches.release(batch.id(), count.getValue(), total.getValue(), user))) {
                return;
            }
            dialog.close();
            Notification.show(getTranslation("funds.batches.released", batch.batchNo()));
            render();
        });
        confirm.setId("release-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("funds.batches.releaseHelp")), new FormLayout(count, total));
        dialog.getFooter().add(new Button(getTranslation("funds.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }

    public void discardBatch() {
        batches.discard(batch.id(), user);
        render();
    }

    /** Runs the import in the background; the progress bar follows it through polling. */
    private void received(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        AtomicInteger checked = new AtomicInteger();
        Charset charset = BankFile.encoding(encoding.getValue());
        progress.setVisible(true);
        progress.setIndeterminate(true);
        result.setText(getTranslation("funds.batches.importing", 0));
        problems.setVisible(false);
        ui.setPollInterval(500);
        com.vaadin.flow.shared.Registration[] poll = new com.vaadin.flow.shared.Registration[1];
        poll[0] = ui.addPollListener(e -> result.setText(getTranslation("funds.batches.importing", checked.get())));
        CompletableFuture.supplyAsync(() -> batches.importResult(batch.id(), bytes, charset, fileName, user,
                        checked::set))
                .whenComplete((imported, failure) -> ui.access(() -> {
                    poll[0].remove();
                    ui.setPollInterval(-1);
                    show(imported, failure);
                }));
    }

    /** Imports synchronously (for tests and small files) and shows the outcome. */
    public void importFile(byte[] bytes, Charset charset) {
        try {
            show(batches.importResult(batch.id(), bytes, charset, "upload.csv", user, n -> { }), null);
        } catch (RuntimeException e) {
            show(null, e);
        }
    }

    private void show(ResultImport imported, Throwable failure) {
        progress.setVisible(false);
        upload.clearFileList();
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        if (cause instanceof InvalidInputException refused) {
            result.setText(getTranslation("funds.batches.importRefused", refused.errors().size()));
            problems.setItems(refused.errors());
            problems.setVisible(true);
            return;
        }
        if (cause instanceof BangfuException refused) {
            result.setText(getTranslation(refused.messageKey(), refused.args().toArray()));
            return;
        }
        if (cause != null) {
            result.setText(getTranslation("funds.batches.importFailed"));
            return;
        }
        result.setText(imported.alreadyImported() ? getTranslation("funds.batches.alreadyImported")
                : getTranslation("funds.batches.imported", imported.paid(), imported.failed()));
        problems.setVisible(false);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.batches.title");
    }
}
