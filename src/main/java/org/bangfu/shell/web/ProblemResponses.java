package org.bangfu.shell.web;

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
import org.bangfu.shell.ProblemJson;
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

/**
 * Every refusal of the Bangfu REST API as RFC 9457 problem JSON, with messages in the caller's language, for the
 * controllers marked {@link ProblemJson}. The engine's own refusals (a task taken or gone, a concurrent change) are
 * added by a subclass in the module that talks to the engine, declared as the advice of that module's controllers.
 */
@RestControllerAdvice(annotations = ProblemJson.class)
@org.springframework.modulith.NamedInterface("web")
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final int retryAfterSeconds;

    protected ProblemResponses(MessageSource messages,
                     @org.springframework.beans.factory.annotation.Value("${bangfu.http.retry-after:2s}")
                     java.time.Duration retryAfter) {
        this.messages = messages;
        this.retryAfterSeconds = (int) Math.max(1, retryAfter.toSeconds());
    }

    @ExceptionHandler(InvalidInputException.class)
    protected ProblemDetail invalid(InvalidInputException e, Locale locale) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", text(error, locale))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; ")), locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    protected ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text(e, locale), locale);
    }

    @ExceptionHandler(ForbiddenException.class)
    protected ProblemDetail forbidden(ForbiddenException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text(e, locale), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text("error.roleRequired", List.of(), locale), locale);
    }

    @ExceptionHandler(ConflictException.class)
    protected ProblemDetail conflict(ConflictException e, Locale locale) {
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

    protected ProblemDetail problem(HttpStatus status, String type, String detail, Locale locale) {
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

    protected String text(String key, List<Object> args, Locale locale) {
        return messages.getMessage(key, args.toArray(), key, locale);
    }
}
