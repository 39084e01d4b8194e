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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Every refusal of the Bangfu REST API as RFC 9457 problem JSON, with messages in the caller's language. */
@RestControllerAdvice(basePackageClasses = ProblemResponses.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final int retryAfterSeconds;

    ProblemResponses(MessageSource messages,
                     @org.springframework.beans.factory.annotation.Value("${bangfu.http.retry-after:2s}")
                     java.time.Duration retryAfter) {
        this.messages = messages;
        this.retryAfterSeconds = (int) Math.max(1, retryAfter.toSeconds());
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

    /**
     * No database connection within the pool's timeout, or a transaction that ran out of time: the request changed
     * nothing and may be sent again later. 503 with {@code Retry-After}, never 500 (docs/security/input.md).
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
            TransactionTimedOutException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e, Locale locale) {
        logger.warn("answered 503: " + e);
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                text("input.unavailable", List.of(retryAfterSeconds), locale), locale);
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds)).body(problem);
    }

    /** Two people changed the same task or instance at once: the later one is told to reload, not given a 500. */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    ProblemDetail concurrentChange(org.camunda.bpm.engine.OptimisticLockingException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", text("input.concurrentChange", List.of(), locale), locale);
    }

    /**
     * The task was completed or removed by someone else between reading it and acting on it (two approvers on the
     * same task at the same moment): 409, reload and look again, not 500.
     */
    @ExceptionHandler(org.camunda.bpm.engine.exception.NullValueException.class)
    ProblemDetail vanished(org.camunda.bpm.engine.exception.NullValueException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", text("input.concurrentChange", List.of(), locale), locale);
    }

    /** A refusal from a process step reaches the caller wrapped by the engine: answer it like the refusal itself. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ProblemDetail wrapped(org.camunda.bpm.engine.ProcessEngineException e, Locale locale) {
        // a pool timeout inside the engine has no Bangfu cause: rethrown, ApiRequestGuard answers it 503
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiRequestGuard.BodyTooLarge large) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                        "too-large", text("input.body.tooLarge", List.of(large.read() + "+", large.limit()),
                                LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
            }
        }
        String field = "body";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        FieldError error;
        if (e.getCause() instanceof StrictJsonConfiguration.ForbiddenText forbidden) {
            error = FieldError.of(field, "input.text.forbidden", forbidden.character(), forbidden.position());
        } else if ("body".equals(field)) {
            error = FieldError.of(field, "validation.body");
        } else if (e.getCause() instanceof MismatchedInputException mismatch) {
            error = FieldError.of(field, expected(mismatch.getTargetType()));
        } else {
            error = FieldError.of(field, "validation.format");
        }
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException(error), LocaleContextHolder.getLocale()));
    }

    /** What the field wanted, for a value of the wrong JSON type ({@code 2.7} for a count, {@code "100"} …). */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "validation.format";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "input.json.integer";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "input.json.number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "input.json.boolean";
        }
        if (type == String.class) {
            return "input.json.text";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "input.json.list";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "input.json.object";
        }
        return "validation.format";
    }

    /** An upload over {@code spring.servlet.multipart.max-file-size}: 413 problem JSON, not an error page. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "too-large", text("input.body.tooLarge", List.of("?", e.getMaxUploadSize()), LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale()));
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
