package org.bangfu.modeling;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bangfu.shared.BangfuException;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Refusals of the deployment doors (the REST API and the Camunda Modeler door) as RFC 9457 problem JSON in the
 * caller's language. A refused model lists every violation (resource, element id, rule, message); the
 * {@code message} property repeats them in one line because the Camunda Modeler shows a failed deployment's
 * {@code message} in its log.
 */
@Component
class ProposalProblems {

    private final MessageSource messages;

    ProposalProblems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail of(RuntimeException e, Locale locale) {
        if (e instanceof ProposalRefusedException refused) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "deployment-refused", "deployment.problem.refused",
                    text(refused, locale) + ": " + ProposalRefusedException.summary(refused.violations()), locale);
            problem.setProperty("violations", refused.violations());
            return problem;
        }
        if (e instanceof InvalidInputException invalid) {
            List<Map<String, String>> errors = invalid.errors().stream().map(error -> Map.of("field", error.field(),
                    "message", messages.getMessage(error.messageKey(), error.args().toArray(), error.messageKey(),
                            locale))).toList();
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input",
                    errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                            .collect(Collectors.joining("; ")), locale);
            problem.setProperty("errors", errors);
            return problem;
        }
        if (e instanceof ForbiddenException forbidden) {
            return problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", text(forbidden, locale), locale);
        }
        if (e instanceof NotFoundException notFound) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "problem.not-found", text(notFound, locale), locale);
        }
        if (e instanceof ConflictException conflict) {
            return problem(HttpStatus.CONFLICT, "conflict", "problem.conflict", text(conflict, locale), locale);
        }
        if (e instanceof AuthenticationCredentialsNotFoundException) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "problem.unauthenticated",
                    messages.getMessage("error.notLoggedIn", null, "error.notLoggedIn", locale), locale);
        }
        throw e;
    }

    ProblemDetail tooLarge(Locale locale) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "deployment.problem.tooLarge",
                messages.getMessage("deployment.error.tooLarge", new Object[] {DeploymentProposals.MAX_BYTES / 1024
                        / 1024}, locale), locale);
    }

    ProblemDetail badRequest(String detailKey, Locale locale, Object... args) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input",
                messages.getMessage(detailKey, args, detailKey, locale), locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String text(BangfuException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale);
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://bangfu.org/problems/" + type));
        problem.setTitle(messages.getMessage(titleKey, null, titleKey, locale));
        problem.setProperty("message", detail);
        return problem;
    }
}
