package org.bangfu.modeling;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bangfu.workflow.ModelDeployments;
import org.bangfu.workflow.guard.DeploymentGuard;
import org.bangfu.workflow.guard.GuardViolation;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.CaseChanged;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Four-eyes deployment (issue 12, C1 item 3). A deployment through any of Bangfu's doors becomes a proposal: the
 * resources pass the deployment guard and keep every approval step of the deployed processes, or are refused outright
 * and nothing is stored. A second analyst or an administrator, never the author, approves it: the stored bytes (their
 * SHA-256 checked again) are deployed under the guard's deployment permit ({@link ModelDeployments#deployApproved}); or returns it with a reason. Roles and four eyes
 * are checked here, whatever door the call came through; every step is audited.
 */
@Service
public class DeploymentProposals {

    /** The most a proposal may carry, all resources together. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_RESOURCES = 20;
    static final int MAX_TEXT = 1000;

    static final String INSERT_PROPOSAL = """
            INSERT INTO deployment_proposal (author, reason, status, created_at, deployment_name)
            VALUES (:author, :reason, 'PENDING', :now, :name)""";
    static final String INSERT_RESOURCE = """
            INSERT INTO deployment_proposal_resource (proposal_id, name, content, sha256)
            VALUES (:id, :name, :content, :sha)""";
    static final String SET_DEPLOYMENT = """
            UPDATE deployment_proposal SET deployment_id = :deployment WHERE id = :id""";
    static final String LIST_PAGE = """
            SELECT * FROM deployment_proposal ORDER BY created_at DESC, id DESC OFFSET :offset ROWS
            FETCH NEXT :limit ROWS ONLY""";
    static final String COUNT_PROPOSALS = """
            SELECT COUNT(*) FROM deployment_proposal""";
    static final String LIST_RESOURCES = """
            SELECT name, sha256, content FROM deployment_proposal_resource WHERE proposal_id = :id ORDER BY name""";
    static final String FIND_PROPOSAL = """
            SELECT * FROM deployment_proposal WHERE id = :id""";
    static final String LIST_STORED_RESOURCES = """
            SELECT name, content, sha256 FROM deployment_proposal_resource WHERE proposal_id = :id ORDER BY name""";
    static final String DECIDE = """
            UPDATE deployment_proposal SET status = :status, decided_by = :user,
            decided_at = :now, decision_note = :note WHERE id = :id AND status = 'PENDING'
            AND author <> :user""";

    private final JdbcClient jdbc;
    private final DeploymentGuard guard;
    private final DeployedModels deployed;
    private final ProposalDiffer differ;
    private final ModelDeployments models;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DeploymentProposals(JdbcClient jdbc, DeploymentGuard guard, DeployedModels deployed, ProposalDiffer differ,
                        ModelDeployments models, OrganizationService organization,
                        ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.deployed = deployed;
        this.differ = differ;
        this.models = models;
        this.organization = organization;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Stores a proposal, or refuses it outright (audited, nothing stored) when a resource fails the deployment guard
     * or removes or moves an approval step of a deployed process.
     */
    public DeploymentProposal propose(CurrentUser user, String deploymentName, String reason,
                                      Map<String, byte[]> resources) {
        requireDeployer(user);
        List<FieldError> errors = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(FieldError.of("reason", "validation.required"));
        } else if (why.length() > MAX_TEXT) {
            errors.add(FieldError.of("reason", "validation.tooLong", MAX_TEXT));
        }
        if (resources == null || resources.isEmpty()) {
            errors.add(FieldError.of("resources", "validation.required"));
        }
        InvalidInputException.throwIfAny(errors);
        String name = deploymentName == null || deploymentName.isBlank() ? resources.keySet().iterator().next()
                : deploymentName.strip();
        name = name.length() > 255 ? name.substring(0, 255) : name;
        Map<String, byte[]> files = new LinkedHashMap<>(resources);
        List<GuardViolation> violations = lint(files);
        if (!violations.isEmpty()) {
            refuse(user, "proposal by " + user.username() + " '" + name + "'", files, violations);
        }
        String deploymentNameFinal = name;
        return transaction.execute(status -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql(INSERT_PROPOSAL)
                    .param("author", user.username()).param("reason", why)
                    .param("now", OffsetDateTime.now(clock)).param("name", deploymentNameFinal)
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            files.forEach((file, bytes) -> jdbc.sql(INSERT_RESOURCE)
                    .param("id", id).param("name", file).param("content", bytes).param("sha", sha256(bytes)).update());
            audit(user, "DEPLOYMENT_PROPOSED", id, files);
            return proposal(id);
        });
    }

    /** Deploys a pending proposal exactly as stored; only an analyst or administrator who is not its author. */
    public DeploymentProposal approve(CurrentUser user, long id) {
        requireDeployer(user);
        DeploymentProposal proposal = proposal(id);
        requireSecondPerson(user, proposal);
        Map<String, byte[]> files = storedResources(id);
        List<GuardViolation> violations = lint(files);
        if (!violations.isEmpty()) {
            refuse(user, "approval of proposal " + id, files, violations);
        }
        return transaction.execute(status -> {
            decide(user, id, ProposalStatus.APPROVED, null);
            String deployment;
            try {
                deployment = models.deployApproved(id, proposal.deploymentName(), files);
            } catch (org.bangfu.workflow.guard.DeploymentRefusedException engineRefused) {
                throw new ProposalRefusedException(engineRefused.violations()); // the engine's guard had the last word
            }
            jdbc.sql(SET_DEPLOYMENT)
                    .param("deployment", deployment).param("id", id).update();
            audit(user, "DEPLOYMENT_APPROVED", id, files);
            return proposal(id);
        });
    }

    /** Sends a pending proposal back to its author with a reason; nothing is deployed. */
    public DeploymentProposal returnProposal(CurrentUser user, long id, String reason) {
        requireDeployer(user);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(FieldError.of("reason", "validation.required"));
        }
        if (why.length() > MAX_TEXT) {
            throw new InvalidInputException(FieldError.of("reason", "validation.tooLong", MAX_TEXT));
        }
        DeploymentProposal proposal = proposal(id);
        requireSecondPerson(user, proposal);
        return transaction.execute(status -> {
            decide(user, id, ProposalStatus.RETURNED, why);
            audit(user, "DEPLOYMENT_RETURNED", id, storedResources(id));
            return proposal(id);
        });
    }

    /** A page of proposals, newest first (paged in SQL). */
    public List<DeploymentProposal> page(CurrentUser user, int offset, int limit) {
        requireReader(user);
        Map<String, String> names = new HashMap<>();
        return jdbc.sql(LIST_PAGE)
                .param("offset", Math.max(0, offset)).param("limit", Math.max(0, Math.min(limit, 500)))
                .query((rs, n) -> row(rs, names, List.of())).list();
    }

    public int count(CurrentUser user) {
        requireReader(user);
        return jdbc.sql(COUNT_PROPOSALS).query(Integer.class).single();
    }

    /** A proposal with what it changes against the deployed versions now, and its lint result now. */
    public ProposalDetail detail(CurrentUser user, long id) {
        requireReader(user);
        DeploymentProposal proposal = proposal(id);
        Map<String, byte[]> files = storedResources(id);
        return new ProposalDetail(proposal, differ.diff(files), lint(files));
    }

    /** The stored bytes of one resource, e.g. to open it in Camunda Modeler. */
    public byte[] resource(CurrentUser user, long id, String name) {
        requireReader(user);
        byte[] content = storedResources(id).get(name);
        if (content == null) {
            throw new NotFoundException("deployment.error.notFound", id);
        }
        return content;
    }

    /** Resource checks, the deployment guard, and the protected approval steps; empty when all pass. */
    List<GuardViolation> lint(Map<String, byte[]> files) {
        List<GuardViolation> violations = new ArrayList<>();
        if (files.size() > MAX_RESOURCES) {
            violations.add(new GuardViolation("", "", "too-many-resources", "at most " + MAX_RESOURCES
                    + " resources in one proposal"));
        }
        long total = 0;
        Map<String, ModelIndex> models = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            total += file.getValue().length;
            if (name.isBlank() || name.length() > 255 || name.contains("..") || name.contains("\\")
                    || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
                violations.add(new GuardViolation(name, name, "resource-name", "a resource name of at most 255 "
                        + "characters without control characters, '..' or '\\'"));
            } else if (!ModelIndex.isBpmn(name) && !ModelIndex.isDmn(name)) {
                violations.add(new GuardViolation(name, name, "resource-type", "only .bpmn and .dmn files are "
                        + "deployed; forms and scripts are not"));
            } else {
                try {
                    models.put(name, ModelIndex.read(name, file.getValue()));
                } catch (IllegalArgumentException e) {
                    violations.add(new GuardViolation(name, name, "model-unreadable", e.getMessage()));
                }
            }
        }
        if (total > MAX_BYTES) {
            violations.add(new GuardViolation("", "", "too-large", "at most " + MAX_BYTES + " bytes in one proposal"));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        violations.addAll(guard.check(files));
        models.forEach((name, index) -> {
            if (index.kind == ProposalDiff.Kind.BPMN) {
                index.models.forEach((key, items) -> violations.addAll(
                        ProtectedSteps.check(name, key, items, deployed.latest(ProposalDiff.Kind.BPMN, key))));
            }
        });
        return violations;
    }

    DeploymentProposal proposal(long id) {
        Map<String, String> names = new HashMap<>();
        List<DeploymentProposal.Resource> resources = jdbc.sql(LIST_RESOURCES)
                .param("id", id).query((rs, n) -> new DeploymentProposal.Resource(rs.getString("name"),
                        rs.getBytes("content").length, rs.getString("sha256"))).list();
        return jdbc.sql(FIND_PROPOSAL).param("id", id)
                .query((rs, n) -> row(rs, names, resources)).optional()
                .orElseThrow(() -> new NotFoundException("deployment.error.notFound", id));
    }

    /** The stored resources, each checked against its stored SHA-256: what was reviewed is what is deployed. */
    private Map<String, byte[]> storedResources(long id) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        jdbc.sql(LIST_STORED_RESOURCES)
                .param("id", id).query(rs -> {
                    byte[] content = rs.getBytes("content");
                    if (!sha256(content).equalsIgnoreCase(rs.getString("sha256").strip())) {
                        throw new ConflictException("deployment.error.tampered", id, rs.getString("name"));
                    }
                    files.put(rs.getString("name"), content);
                });
        return files;
    }

    private void decide(CurrentUser user, long id, ProposalStatus status, String note) {
        int changed = jdbc.sql(DECIDE)
                .param("status", status.name()).param("user", user.username()).param("now", OffsetDateTime.now(clock))
                .param("note", note).param("id", id).update();
        if (changed != 1) {
            throw new ConflictException("deployment.error.notPending", id);
        }
    }

    private void refuse(CurrentUser user, String what, Map<String, byte[]> files, List<GuardViolation> violations) {
        String detail = what + ": " + resourcesText(files) + " refused: " + ProposalRefusedException.summary(violations);
        ownTransaction.executeWithoutResult(status -> events.publishEvent(new CaseChanged(user.username(),
                "DEPLOYMENT_REFUSED", null, unitId(user), detail)));
        throw new ProposalRefusedException(violations);
    }

    private void audit(CurrentUser user, String action, long id, Map<String, byte[]> files) {
        events.publishEvent(new CaseChanged(user.username(), action, null, unitId(user),
                "proposal " + id + ": " + resourcesText(files)));
    }

    private static Long unitId(CurrentUser user) {
        return user.unit() == null ? null : user.unit().id();
    }

    private static String resourcesText(Map<String, byte[]> files) {
        return files.entrySet().stream().map(e -> e.getKey() + " sha256=" + sha256(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static void requireDeployer(CurrentUser user) {
        if (!user.hasRole(Role.ANALYST) && !user.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("error.roleRequired");
        }
    }

    private static void requireReader(CurrentUser user) {
        if (!user.hasRole(Role.ANALYST) && !user.hasRole(Role.ADMIN) && !user.hasRole(Role.AUDITOR)) {
            throw new ForbiddenException("error.roleRequired");
        }
    }

    private static void requireSecondPerson(CurrentUser user, DeploymentProposal proposal) {
        if (proposal.author().equals(user.username())) {
            throw new ForbiddenException("deployment.error.ownProposal");
        }
        if (proposal.status() != ProposalStatus.PENDING) {
            throw new ConflictException("deployment.error.notPending", proposal.id());
        }
    }

    private DeploymentProposal row(ResultSet rs, Map<String, String> names, List<DeploymentProposal.Resource> resources)
            throws SQLException {
        String author = rs.getString("author");
        String decidedBy = rs.getString("decided_by");
        return new DeploymentProposal(rs.getLong("id"), author, displayName(author, names), rs.getString("reason"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class),
                decidedBy, decidedBy == null ? null : displayName(decidedBy, names),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_note"),
                rs.getString("deployment_id"), rs.getString("deployment_name"), resources);
    }

    private String displayName(String username, Map<String, String> names) {
        return names.computeIfAbsent(username,
                u -> organization.user(u).map(CurrentUser::displayName).orElse(u));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
