package org.bangfu.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Modeler's door: {@code POST /engine-rest/deployment/create} (and the same call on a named engine or
 * through the webapps' API) no longer deploys. It reads the multipart deployment (the {@code deployment-name} field
 * and every file part), stores it as a proposal and answers {@code 202 Accepted} with a message in Chinese and
 * English, the proposal id and the link to the review screen. A model the guard refuses is answered 400 with problem
 * JSON naming each element id and rule; more than {@link DeploymentProposals#MAX_BYTES} 413. The request never
 * reaches the engine. Runs after Spring Security, so only analysts and administrators arrive here.
 */
class ModelerDeploymentFilter extends OncePerRequestFilter {

    /**
     * Deployment create on the default or a named engine. (The webapps' own engine API is left to the engine-side
     * guard, which refuses any deployment outside an approved proposal; its CSRF filter must run first.)
     */
    static final Pattern DEPLOYMENT_CREATE = Pattern.compile("/engine-rest(/engine/[^/]+)?/deployment/create/*");

    private static final int MULTIPART_OVERHEAD = 256 * 1024;

    private final DeploymentProposals proposals;
    private final CurrentUsers users;
    private final ProposalProblems problems;
    private final ObjectMapper json;

    ModelerDeploymentFilter(DeploymentProposals proposals, CurrentUsers users, ProposalProblems problems,
                            ObjectMapper json) {
        this.proposals = proposals;
        this.users = users;
        this.problems = problems;
        this.json = json;
    }

    /**
     * The path as the engine's router may see it: raw, percent-decoded (the router decodes {@code %63reate}) and as
     * the container decoded it; each without the context path, matrix parameters and doubled slashes.
     */
    static boolean isDeploymentCreate(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String decoded = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return Stream.of(raw, percentDecoded(raw), decoded).map(ModelerDeploymentFilter::normalised)
                .anyMatch(path -> DEPLOYMENT_CREATE.matcher(path).matches());
    }

    private static String normalised(String path) {
        return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
    }

    private static String percentDecoded(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isDeploymentCreate(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = Languages.of(request);
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            write(response, HttpStatus.METHOD_NOT_ALLOWED.value(),
                    problems.badRequest("deployment.error.postOnly", locale));
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            write(response, 400, problems.badRequest("deployment.error.multipartOnly", locale));
            return;
        }
        long limit = DeploymentProposals.MAX_BYTES + MULTIPART_OVERHEAD;
        if (request.getContentLengthLong() > limit) {
            write(response, 413, problems.tooLarge(locale));
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            write(response, 413, problems.tooLarge(locale));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, byte[]> resources = new LinkedHashMap<>();
        try {
            read(body, contentType, request.getCharacterEncoding(), fields, resources);
        } catch (FileUploadBase.SizeLimitExceededException | FileUploadBase.FileSizeLimitExceededException e) {
            write(response, 413, problems.tooLarge(locale));
            return;
        } catch (FileUploadException e) {
            write(response, 400, problems.badRequest("deployment.error.multipartOnly", locale));
            return;
        }
        if (fields.containsKey("tenant-id") && !fields.get("tenant-id").isBlank()) {
            write(response, 400, problems.badRequest("deployment.error.noTenants", locale));
            return;
        }
        try {
            CurrentUser user = users.require();
            String name = fields.get("deployment-name");
            String reason = fields.getOrDefault("reason", "").isBlank()
                    ? "Camunda Modeler: " + (name == null ? String.join(", ", resources.keySet()) : name)
                    : fields.get("reason");
            DeploymentProposal proposal = proposals.propose(user, name, reason, resources);
            accepted(request, response, proposal);
        } catch (BangfuException | AuthenticationCredentialsNotFoundException e) {
            ProblemDetail problem = problems.of(e, locale);
            write(response, problem.getStatus(), problem);
        }
    }

    private void accepted(HttpServletRequest request, HttpServletResponse response, DeploymentProposal proposal)
            throws IOException {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        String review = base + "/deployments/" + proposal.id();
        String message = problems.text("deployment.accepted", Languages.CHINESE, proposal.id()) + " / "
                + problems.text("deployment.accepted", Locale.ENGLISH, proposal.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "PENDING_APPROVAL");
        body.put("message", message);
        body.put("proposalId", proposal.id());
        body.put("reviewUrl", review);
        body.put("proposalUrl", base + "/api/deployment-proposals/" + proposal.id());
        body.put("name", proposal.deploymentName());
        body.put("resources", proposal.resources());
        // No "id" and no "deployedProcessDefinitions": nothing was deployed, so the Modeler shows no definition id.
        body.put("links", List.of(Map.of("method", "GET", "href", review, "rel", "review")));
        response.setStatus(HttpStatus.ACCEPTED.value());
        response.setHeader("Location", base + "/api/deployment-proposals/" + proposal.id());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), body);
    }

    private static void read(byte[] body, String contentType, String encoding, Map<String, String> fields,
                             Map<String, byte[]> resources) throws FileUploadException, IOException {
        FileUpload upload = new FileUpload();
        upload.setSizeMax(body.length);
        upload.setFileSizeMax(DeploymentProposals.MAX_BYTES);
        upload.setFileCountMax(DeploymentProposals.MAX_RESOURCES + 10);
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        FileItemIterator items = upload.getItemIterator(new UploadContext() {
            @Override
            public long contentLength() {
                return body.length;
            }

            @Override
            public String getCharacterEncoding() {
                return encoding;
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            @Deprecated
            public int getContentLength() {
                return body.length;
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(body);
            }
        });
        while (items.hasNext()) {
            FileItemStream item = items.next();
            byte[] content;
            try (InputStream in = item.openStream()) {
                content = in.readAllBytes();
            }
            if (item.isFormField()) {
                fields.put(item.getFieldName(), new String(content, StandardCharsets.UTF_8));
            } else {
                String name = item.getName() == null || item.getName().isBlank() ? item.getFieldName() : item.getName();
                resources.put(name, content);
            }
        }
    }

    private void write(HttpServletResponse response, int status, ProblemDetail problem) throws IOException {
        problem.setStatus(status);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
