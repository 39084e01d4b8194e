package org.bangfu.modeling;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.BangfuException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Deployment proposals (four-eyes deployment): list, read with the change and lint result, propose, approve, return.
 * Roles and four eyes are checked by {@link DeploymentProposals}; refusals are problem JSON.
 */
@RestController
@Tag(name = "deployment-proposals", description = "Four-eyes deployment of BPMN and DMN models")
class ProposalController {

    private final DeploymentProposals proposals;
    private final CurrentUsers users;
    private final ProposalProblems problems;

    ProposalController(DeploymentProposals proposals, CurrentUsers users, ProposalProblems problems) {
        this.proposals = proposals;
        this.users = users;
        this.problems = problems;
    }

    record Page(List<DeploymentProposal> items, int total, int offset, int limit) {
    }

    @GetMapping("/api/deployment-proposals")
    @Operation(summary = "Proposals, newest first, paged (analysts, administrators, auditors)")
    Page list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        int bounded = Math.max(1, Math.min(limit, 200));
        return new Page(proposals.page(users.require(), offset, bounded), proposals.count(users.require()),
                Math.max(0, offset), bounded);
    }

    @GetMapping("/api/deployment-proposals/{id}")
    @Operation(summary = "A proposal with what it changes against the deployed versions and its lint result")
    ProposalDetail detail(@PathVariable long id) {
        return proposals.detail(users.require(), id);
    }

    @GetMapping(value = "/api/deployment-proposals/{id}/resource", produces = "application/octet-stream")
    @Operation(summary = "One proposed file exactly as stored (to open it in Camunda Modeler)")
    ResponseEntity<byte[]> resource(@PathVariable long id, @RequestParam String name) {
        return ResponseEntity.ok().header("Content-Disposition", org.springframework.http.ContentDisposition
                        .attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(proposals.resource(users.require(), id, name));
    }

    @PostMapping(value = "/api/deployment-proposals", consumes = "multipart/form-data")
    @Operation(summary = "Proposes .bpmn/.dmn files (multipart; fields reason and deployment-name); a model that "
            + "fails the deployment guard or removes an approval step is refused outright")
    ResponseEntity<DeploymentProposal> propose(MultipartHttpServletRequest request) throws IOException {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (List<MultipartFile> files : request.getMultiFileMap().values()) {
            for (MultipartFile file : files) {
                String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? file.getName() : file.getOriginalFilename();
                resources.put(name, file.getBytes());
            }
        }
        String name = request.getParameter("deployment-name");
        DeploymentProposal proposal = proposals.propose(users.require(),
                name == null ? request.getParameter("name") : name, request.getParameter("reason"), resources);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(proposal.id()).toUri();
        return ResponseEntity.created(location).body(proposal);
    }

    @PostMapping("/api/deployment-proposals/{id}/approve")
    @Operation(summary = "Deploys the proposal exactly as stored (a second analyst or an administrator, never the author)")
    DeploymentProposal approve(@PathVariable long id) {
        return proposals.approve(users.require(), id);
    }

    record ReturnBody(String reason) {
    }

    @PostMapping("/api/deployment-proposals/{id}/return")
    @Operation(summary = "Returns the proposal to its author with a reason; nothing is deployed")
    DeploymentProposal returnProposal(@PathVariable long id, @RequestBody ReturnBody body) {
        return proposals.returnProposal(users.require(), id, body == null ? null : body.reason());
    }

    @ExceptionHandler({BangfuException.class,
            org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException e, Locale locale) {
        ProblemDetail problem = problems.of(e, locale);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
