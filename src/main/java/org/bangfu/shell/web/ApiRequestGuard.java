package org.bangfu.shell.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bangfu.shell.Languages;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.TextInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the REST API and engine REST, before security (docs/security/input.md):
 * <ol>
 * <li>a query parameter carrying a NUL, control, direction or zero-width character is refused with 400, naming it;</li>
 * <li>a body larger than allowed (JSON: {@code bangfu.http.max-json-body}; uploads and CSV:
 * {@code spring.servlet.multipart.max-request-size}) is refused with 413 before it is read;</li>
 * <li>at most {@code bangfu.http.max-concurrent-requests} requests run at once; the others wait in line for up to
 * {@code bangfu.http.queue-timeout}, then get 503 with {@code Retry-After};</li>
 * <li>a request that still could not get a database connection or ran out of time in its transaction gets 503 with
 * {@code Retry-After} (nothing was changed: its transaction rolled back), never 500.</li>
 * </ol>
 * Every refusal is RFC 9457 problem JSON in the caller's language.
 */
class ApiRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestGuard.class);

    private final MessageSource messages;
    private final ObjectMapper json;
    private final long maxJsonBody;
    private final long maxOtherBody;
    private final int maxConcurrent;
    private final Semaphore permits;
    private final Duration queueTimeout;
    private final int retryAfterSeconds;

    ApiRequestGuard(MessageSource messages, ObjectMapper json, long maxJsonBody, long maxOtherBody,
                    int maxConcurrent, Duration queueTimeout, int retryAfterSeconds) {
        this.messages = messages;
        this.json = json;
        this.maxJsonBody = maxJsonBody;
        this.maxOtherBody = maxOtherBody;
        this.maxConcurrent = maxConcurrent;
        this.permits = maxConcurrent > 0 ? new Semaphore(maxConcurrent, true) : null;
        this.queueTimeout = queueTimeout;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<FieldError> badQuery = badQuery(request);
        if (badQuery.isPresent()) {
            FieldError error = badQuery.get();
            String message = text(error.messageKey(), error.args().toArray(), request);
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", error.field() + ": " + message,
                    request);
            problem.setProperty("errors", List.of(Map.of("field", error.field(), "message", message)));
            write(response, problem, false);
            return;
        }
        boolean isJson = isJson(request.getContentType());
        long limit = isJson ? maxJsonBody : maxOtherBody;
        long length = request.getContentLengthLong();
        if (length > limit) {
            write(response, tooLarge(length, limit, request), false);
            return;
        }
        HttpServletRequest limited = length < 0 && isJson ? new LimitedBody(request, limit) : request;
        boolean acquired = false;
        try {
            if (permits != null) {
                acquired = permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!acquired) {
                    log.warn("{} {} refused with 503: {} requests running, none finished within {}",
                            request.getMethod(), request.getRequestURI(), permitsInUse(), queueTimeout);
                    write(response, unavailable("input.overloaded", request), true);
                    return;
                }
            }
            chain.doFilter(limited, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write(response, unavailable("input.overloaded", request), true);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (isOverload(e)) {
                log.warn("{} {} answered 503: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
                response.reset();
                write(response, unavailable("input.unavailable", request), true);
                return;
            }
            Optional<BodyTooLarge> large = cause(e, BodyTooLarge.class);
            if (large.isPresent()) {
                response.reset();
                write(response, tooLarge(large.get().read, limit, request), false);
                return;
            }
            throw e;
        } finally {
            if (acquired) {
                permits.release();
            }
        }
    }

    private int permitsInUse() {
        return permits == null ? 0 : maxConcurrent - permits.availablePermits();
    }

    /** Whether the failure means "busy or unreachable database, try again later", not a fault of the request. */
    static boolean isOverload(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof TransactionTimedOutException
                    || t instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The first query parameter (name or value) with a forbidden character, decoded as UTF-8. */
    private static Optional<FieldError> badQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            String field = TextInput.firstForbidden(name) >= 0 ? "query" : name;
            Optional<FieldError> error = TextInput.forbidden(field, name).or(() -> TextInput.forbidden(field, value));
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private ProblemDetail tooLarge(long length, long limit, HttpServletRequest request) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                text("input.body.tooLarge", new Object[] {length, limit}, request), request);
    }

    private ProblemDetail unavailable(String key, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                text(key, new Object[] {retryAfterSeconds}, request), request);
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://bangfu.org/problems/" + type));
        problem.setTitle(text("problem." + type, new Object[0], request));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private String text(String key, Object[] args, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        return messages.getMessage(key, args, key, locale);
    }

    private void write(HttpServletResponse response, ProblemDetail problem, boolean retry) throws IOException {
        response.setStatus(problem.getStatus());
        if (retry) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        // the body was not read: the client may not expect the connection to stay usable
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Thrown while a body without a declared length is read past its limit. */
    static final class BodyTooLarge extends IOException {
        private final long read;
        private final long limit;

        BodyTooLarge(long read, long limit) {
            super("request body over " + limit + " bytes");
            this.read = read;
            this.limit = limit;
        }

        long read() {
            return read;
        }

        long limit() {
            return limit;
        }
    }

    /** A request whose body stops with {@link BodyTooLarge} once more than the limit has been read. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(read, limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
