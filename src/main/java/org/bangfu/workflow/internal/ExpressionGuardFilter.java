package org.bangfu.workflow.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses engine REST and webapp API requests that carry an expression ({@code ${...}} or {@code #{...}}) anywhere:
 * in the path, a query parameter, or any value or key of a JSON body at any depth (which covers {@code orQueries}).
 * Camunda 7.24.0 CE evaluates expressions in some query parameters, a published remote-code-execution path with no
 * Community Edition fix; Bangfu never needs an expression in a query. Multipart bodies are deployments (BPMN files
 * legitimately contain expressions) and are not inspected; their query parameters still are.
 */
class ExpressionGuardFilter extends OncePerRequestFilter {

    private static final int MAX_BODY = 1024 * 1024;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            if (suspicious(request.getRequestURI()) || suspicious(request.getQueryString())) {
                refuse(response, 400, "expressions are not accepted by this server's engine API");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, 413, "request body too large for the engine API");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, body);
        if (carriesExpression(cached, body)) {
            refuse(response, 400, "expressions are not accepted by this server's engine API");
            return;
        }
        chain.doFilter(cached, response);
    }

    boolean carriesExpression(HttpServletRequest request, byte[] body) {
        if (suspicious(request.getRequestURI()) || suspicious(request.getQueryString())) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (suspicious(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (suspicious(value)) {
                    return true;
                }
            }
        }
        if (body.length == 0) {
            return false;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (suspicious(text)) {
            return true;
        }
        try {
            return suspicious(json.readTree(body));
        } catch (IOException notJson) {
            return false;
        }
    }

    /** JSON escapes such as {@code \u0024{} are decoded by the parser, so every key and string is checked as read. */
    private boolean suspicious(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return suspicious(node.textValue());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (suspicious(field.getKey()) || suspicious(field.getValue())) {
                return true;
            }
        }
        for (JsonNode element : node) {
            if (suspicious(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the text as is and percent-decoded until it no longer changes (double encoding). Decoding is lenient:
     * a stray {@code %} (as in a LIKE pattern) is kept, so it cannot hide an encoded expression after it.
     */
    static boolean suspicious(String text) {
        if (text == null) {
            return false;
        }
        String current = text;
        for (int round = 0; round < 5; round++) {
            String compact = current.replaceAll("\\s+", "");
            if (compact.contains("${") || compact.contains("#{")) {
                return true;
            }
            String decoded = percentDecode(current);
            if (decoded.equals(current)) {
                return false;
            }
            current = decoded;
        }
        return true; // still changing after five rounds: nobody encodes a real query like that
    }

    private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    static String percentDecode(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Matcher m = ESCAPE.matcher(text);
        int last = 0;
        while (m.find()) {
            bytes.writeBytes(text.substring(last, m.start()).replace('+', ' ').getBytes(StandardCharsets.UTF_8));
            bytes.write(Integer.parseInt(m.group().substring(1), 16));
            last = m.end();
        }
        bytes.writeBytes(text.substring(last).replace('+', ' ').getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://bangfu.org/problems/expression-refused\",\"title\":\""
                + "Expression refused\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /** Replays the body read for the check to the engine. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
