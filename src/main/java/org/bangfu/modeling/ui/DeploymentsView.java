package org.bangfu.modeling.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.modeling.DeploymentProposal;
import org.bangfu.modeling.DeploymentProposals;
import org.bangfu.modeling.ProposalRefusedException;
import org.bangfu.modeling.ProposalDetail;
import org.bangfu.modeling.ProposalDiff;
import org.bangfu.modeling.ProposalStatus;
import org.bangfu.workflow.guard.GuardViolation;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shell.Formats;
import org.bangfu.shell.ui.ErrorText;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * 部署审批: deployment proposals waiting for a second pair of eyes (lazy, newest first), the change and lint result of
 * the selected one, approve or return with a reason (never by its author), and an upload to propose .bpmn/.dmn files.
 */
@Route("deployments")
@Menu(order = 20, title = "deployment.menu")
@RolesAllowed({Role.ANALYST_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class DeploymentsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final Grid<DeploymentProposal> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Div detail = new Div();
    private final Button approve = new Button();
    private final Button sendBack = new Button();
    private final TextArea returnReason = new TextArea();
    private final ErrorText error = new ErrorText();
    private final Upload upload;
    private final TextArea reason = new TextArea();
    private final Button propose = new Button();
    private final Paragraph received = new Paragraph();
    private final Paragraph outcome = new Paragraph();

    private final DeploymentProposals proposals;
    private final CurrentUser user;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private DeploymentProposal selected;

    public DeploymentsView(DeploymentProposals proposals, CurrentUsers users) {
        this.proposals = proposals;
        this.user = users.require();
        boolean deployer = user.hasRole(Role.ANALYST) || user.hasRole(Role.ADMIN);

        grid.setId("deployment-proposals");

        grid.setEmptyStateText(getTranslation("empty.deployment-proposals"));
        grid.addColumn(p -> "#" + p.id()).setHeader(getTranslation("deployment.id")).setKey("id").setAutoWidth(true);
        grid.addColumn(DeploymentProposal::deploymentName).setHeader(getTranslation("deployment.name"))
                .setKey("name").setAutoWidth(true);
        grid.addColumn(DeploymentProposal::authorName).setHeader(getTranslation("deployment.author")).setKey("author");
        grid.addColumn(p -> Formats.dateTime(p.createdAt())).setHeader(getTranslation("deployment.created"))
                .setKey("created");
        grid.addColumn(p -> Texts.enumText(this, p.status())).setHeader(getTranslation("deployment.status"))
                .setKey("status");
        grid.addColumn(p -> p.decidedByName() == null ? "" : p.decidedByName())
                .setHeader(getTranslation("deployment.decidedBy")).setKey("decidedBy");
        grid.setItems(query -> proposals.page(user, query.getOffset(), query.getLimit()).stream(),
                query -> proposals.count(user));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(p -> show(p.id())));
        grid.setHeight("18em");
        empty.setId("deployment-empty");
        empty.setText(getTranslation("deployment.empty"));
        empty.setVisible(proposals.count(user) == 0);

        detail.setId("deployment-detail");
        approve.setText(getTranslation("deployment.approve"));
        approve.setId("deployment-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> approveSelected());
        returnReason.setLabel(getTranslation("deployment.returnReason"));
        returnReason.setId("deployment-return-reason");
        returnReason.setMaxLength(1000);
        sendBack.setText(getTranslation("deployment.return"));
        sendBack.setId("deployment-return");
        sendBack.addClickListener(e -> returnSelected());
        error.setId("deployment-error");
        HorizontalLayout decision = new HorizontalLayout(approve, returnReason, sendBack);
        decision.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        decision.setVisible(deployer);
        enableDecision();

        // The in-memory handler calls back inside UI.access: the session is locked here.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setId("deployment-upload");
        upload.setAcceptedFileTypes(".bpmn", ".dmn");
        upload.setMaxFileSize(DeploymentProposals.MAX_BYTES);
        upload.setI18n(Texts.uploadTexts(this));
        reason.setLabel(getTranslation("deployment.reason"));
        reason.setId("deployment-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        propose.setText(getTranslation("deployment.propose"));
        propose.setId("deployment-propose");
        propose.addClickListener(e -> proposeFiles());
        received.setId("deployment-received");
        outcome.setId("deployment-outcome");
        VerticalLayout proposing = new VerticalLayout(new H3(getTranslation("deployment.new")),
                new Paragraph(getTranslation("deployment.newHelp")), upload, received, reason, propose, outcome);
        proposing.setPadding(false);
        proposing.setVisible(deployer);

        add(new H2(getTranslation("deployment.title")), grid, empty, detail, decision, error, proposing);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id != null) {
            show(id);
        }
    }

    /** Takes one uploaded file into the next proposal; public so that tests need no browser upload. */
    public void receive(String fileName, byte[] content) {
        files.put(fileName, content);
        received.setText(getTranslation("deployment.files", String.join(", ", files.keySet())));
    }

    private void proposeFiles() {
        outcome.setText("");
        try {
            DeploymentProposal proposal = proposals.propose(user, null, reason.getValue(), files);
            outcome.setText(getTranslation("deployment.proposed", proposal.id()));
            files.clear();
            received.setText("");
            reason.clear();
            upload.clearFileList();
            refresh();
            show(proposal.id());
        } catch (ProposalRefusedException refused) {
            outcome.setText(getTranslation("deployment.error.refused", refused.violations().size()) + " "
                    + ProposalRefusedException.summary(refused.violations()));
            files.clear();
            received.setText("");
            upload.clearFileList();
        } catch (InvalidInputException invalid) {
            outcome.setText(String.join("; ", invalid.errors().stream().map(f -> getTranslation("deployment.field."
                    + f.field()) + ": " + getTranslation(f.messageKey(), f.args().toArray())).toList()));
        } catch (BangfuException refused) {
            outcome.setText(getTranslation(refused.messageKey(), refused.args().toArray()));
        }
    }

    private void approveSelected() {
        decide(() -> proposals.approve(user, selected.id()));
    }

    private void returnSelected() {
        decide(() -> proposals.returnProposal(user, selected.id(), returnReason.getValue()));
    }

    private void decide(java.util.function.Supplier<DeploymentProposal> action) {
        error.setInvalid(false);
        if (selected == null) {
            return;
        }
        try {
            DeploymentProposal done = action.get();
            returnReason.clear();
            refresh();
            show(done.id());
        } catch (ProposalRefusedException refused) {
            showError(getTranslation("deployment.error.refused", refused.violations().size()) + " "
                    + ProposalRefusedException.summary(refused.violations()));
        } catch (InvalidInputException invalid) {
            showError(String.join("; ", invalid.errors().stream().map(f -> getTranslation("deployment.field."
                    + f.field()) + ": " + getTranslation(f.messageKey(), f.args().toArray())).toList()));
        } catch (BangfuException refused) {
            showError(getTranslation(refused.messageKey(), refused.args().toArray()));
        }
    }

    private void showError(String text) {
        error.setErrorMessage(text);
        error.setInvalid(true);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        empty.setVisible(proposals.count(user) == 0);
    }

    private void show(long id) {
        ProposalDetail shown;
        try {
            shown = proposals.detail(user, id);
        } catch (BangfuException refused) {
            showError(getTranslation(refused.messageKey(), refused.args().toArray()));
            return;
        }
        selected = shown.proposal();
        enableDecision();
        DeploymentProposal p = shown.proposal();
        detail.removeAll();
        detail.add(new H3(getTranslation("deployment.detail", p.id(), p.deploymentName())));
        detail.add(line("deployment.author", p.authorName() + " (" + p.author() + ")"));
        detail.add(line("deployment.created", Formats.dateTime(p.createdAt())));
        detail.add(line("deployment.reason", p.reason()));
        detail.add(line("deployment.status", Texts.enumText(this, p.status())));
        if (p.decidedBy() != null) {
            detail.add(line("deployment.decidedBy", p.decidedByName() + " · " + Formats.dateTime(p.decidedAt())
                    + (p.decisionNote() == null ? "" : " · " + p.decisionNote())));
        }
        if (p.deploymentId() != null) {
            detail.add(line("deployment.deploymentId", p.deploymentId()));
        }
        UnorderedList resources = new UnorderedList();
        p.resources().forEach(r -> resources.add(new ListItem(r.name() + " · " + r.size() + " B · SHA-256 "
                + r.sha256())));
        detail.add(new H4(getTranslation("deployment.resources")), resources);
        detail.add(new H4(getTranslation("deployment.lint")));
        Div lint = new Div();
        lint.setId("deployment-lint");
        if (shown.lint().isEmpty()) {
            lint.add(new Span(getTranslation("deployment.lintPasses")));
        } else {
            UnorderedList violations = new UnorderedList();
            for (GuardViolation v : shown.lint()) {
                violations.add(new ListItem(v.elementId() + " · " + v.rule() + " · " + v.resource() + " · "
                        + v.message()));
            }
            lint.add(violations);
        }
        detail.add(lint);
        detail.add(new H4(getTranslation("deployment.changes")));
        Div changes = new Div();
        changes.setId("deployment-diff");
        if (p.status() == ProposalStatus.APPROVED) {
            changes.add(new Paragraph(getTranslation("deployment.diffAfterApproval")));
        }
        for (ProposalDiff.ResourceDiff diff : shown.diff().resources()) {
            changes.add(diffOf(diff));
        }
        detail.add(changes);
    }

    private Div diffOf(ProposalDiff.ResourceDiff diff) {
        Div box = new Div();
        box.add(new H4(diff.key() + " · " + diff.resource() + " · " + (diff.isNew()
                ? getTranslation("deployment.newKey") : getTranslation("deployment.against", diff.deployedVersion()))));
        if (!diff.isNew() && diff.added().isEmpty() && diff.removed().isEmpty() && diff.changed().isEmpty()) {
            box.add(new Paragraph(getTranslation("deployment.unchanged")));
        }
        section(box, "deployment.added", diff.added().stream().map(this::element).toList());
        section(box, "deployment.removed", diff.removed().stream().map(this::element).toList());
        section(box, "deployment.changed", diff.changed().stream().map(c -> c.elementId() + " · " + c.what() + ": "
                + (c.before() == null ? "—" : c.before()) + " → " + (c.after() == null ? "—" : c.after())).toList());
        return box;
    }

    private String element(ProposalDiff.Element e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.id() + " (" + e.type() + (e.name() == null || e.name().isBlank() ? "" : ", " + e.name()) + ")");
        if (!"process".equals(e.type()) && !"decision".equals(e.type())) {
            parts.addAll(e.entries().stream().filter(entry -> !entry.startsWith("@name =")).toList());
        }
        return String.join(" · ", parts);
    }

    private void section(Div box, String titleKey, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        lines.forEach(text -> list.add(new ListItem(text)));
        box.add(new Paragraph(getTranslation(titleKey, lines.size())), list);
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + ": " + (value == null ? "" : value));
    }

    private void enableDecision() {
        boolean open = selected != null && selected.status() == ProposalStatus.PENDING
                && !selected.author().equals(user.username());
        approve.setEnabled(open);
        sendBack.setEnabled(open);
        returnReason.setEnabled(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deployment.title");
    }
}
