package org.bangfu.casework.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bangfu.shared.BangfuException;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Every refusal of the Bangfu REST API as RFC 9457 problem JSON, with messages in the caller's language. */
@RestControllerAdvice(basePackageClasses = ProblemResponses.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", text(error, locale))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; ")), locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text(e, locale), locale);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text(e, locale), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text("error.roleRequired", List.of(), locale), locale);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", text(e, locale), locale);
    }

    /** A refusal from a process step reaches the caller wrapped by the engine: answer it like the refusal itself. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ProblemDetail wrapped(org.camunda.bpm.engine.ProcessEngineException e, Locale locale) {
        BangfuException cause = BangfuException.causing(e).orElseThrow(() -> e);
        if (cause instanceof InvalidInputException invalid) {
            return invalid(invalid, locale);
        }
        if (cause instanceof NotFoundException notFound) {
            return notFound(notFound, locale);
        }
        if (cause instanceof ForbiddenException forbidden) {
            return forbidden(forbidden, locale);
        }
        if (cause instanceof ConflictException conflict) {
            return conflict(conflict, locale);
        }
        throw e;
    }

    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ProblemDetail claimed(TaskAlreadyClaimedException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", text("error.taskTaken", List.of(e.getTaskAssignee()), locale),
                locale);
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ProblemDetail unauthenticated(AuthenticationCredentialsNotFoundException e, Locale locale) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", text("error.notLoggedIn", List.of(), locale),
                locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return invalid(new InvalidInputException(FieldError.of(e.getName(), "validation.format")), locale);
    }

    /** Unreadable JSON: name the field whose value has the wrong type, or the body as a whole. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        String key = "body".equals(field) ? "validation.body" : "validation.format";
        return ResponseEntity.badRequest().body(
                invalid(new InvalidInputException(FieldError.of(field, key)), request.getLocale()));
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://bangfu.org/problems/" + type));
        problem.setTitle(text("problem." + type, List.of(), locale));
        return problem;
    }

    private String text(BangfuException e, Locale locale) {
        return text(e.messageKey(), e.args(), locale);
    }

    private String text(FieldError error, Locale locale) {
        return text(error.messageKey(), error.args(), locale);
    }

    private String text(String key, List<Object> args, Locale locale) {
        return messages.getMessage(key, args.toArray(), key, locale);
    }
}
