package org.bangfu.workflow.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which requests may pass the engine's own doors (the engine REST API under {@code /engine-rest} and the Camunda
 * webapps' API under {@code /camunda/api}). Reads pass; of the writes only the read-only queries (a JSON query body
 * sent with POST), the webapps' own login and logout, the Camunda Modeler's deployment (which the deployment
 * proposals take over) and, for administrators, the retries of failed jobs pass. Everything else that would change
 * state is refused: Bangfu's own services are the only way to act on a case. Deny by default: a write not named here
 * is refused, including every endpoint a future Camunda version adds.
 *
 * <p>The path is checked as the client sent it (before any decoding). A write whose path is not already plain
 * (percent-encoding, {@code ;} matrix parameters, backslashes, empty, {@code .} or {@code ..} segments, control or
 * non-ASCII characters) cannot be normalised safely and is refused; otherwise it is compared without a trailing
 * slash, in lower case, with the engine name segment ({@code /engine-rest/engine/default/...}) taken off.
 */
final class EngineDoorRules {

    enum Verdict {
        /** Let it through untouched. */
        PASS,
        /** Let it through and record who did it (an administrator retrying failed jobs). */
        PASS_AUDITED,
        /** 403 and an audit row. */
        REFUSE
    }

    /** The Camunda Modeler's deployment: handled by the deployment proposals, exactly this path and nothing else. */
    static final String MODELER_DEPLOYMENT = "/engine-rest/deployment/create";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Headers and parameters some frameworks honour to turn a POST into another method. */
    static final List<String> METHOD_OVERRIDES = List.of("x-http-method-override", "x-http-method",
            "x-method-override");

    private static final String ID = "[^/]+";

    /** Engine resources (after the door and engine name) that answer a query sent as a POST body. */
    private static final Pattern ENGINE_QUERIES = Pattern.compile(String.join("|",
            "/(task|process-instance|execution|variable-instance|job|job-definition|external-task|case-instance"
                    + "|case-execution|group)(/count)?",
            "/history/(activity-instance|case-instance|detail|external-task-log|job-log|process-instance|task"
                    + "|variable-instance)(/count)?",
            "/filter/" + ID + "/(list|count|singleresult)",
            "/schema/log"));

    /** Setting the retries of failed jobs: one job, a job definition's jobs, or a batch of them. */
    private static final Pattern JOB_RETRIES = Pattern.compile(String.join("|",
            "PUT /job/" + ID + "/retries",
            "PUT /job-definition/" + ID + "/retries",
            "POST /job/retries",
            "POST /process-instance/job-retries",
            "POST /process-instance/job-retries-historic-query-based"));

    /** Webapp plugin resources (after {@code /camunda/api}) that answer a query sent as a POST body. */
    private static final Pattern WEBAPP_POSTS = Pattern.compile(String.join("|",
            "/admin/auth/user/" + ID + "/login/" + ID,
            "/admin/auth/user/" + ID + "/logout",
            "/cockpit/plugin/base/" + ID + "/(incident|process-instance)(/count)?",
            "/cockpit/plugin/base/" + ID + "/process-definition/" + ID + "/called-process-definitions",
            "/cockpit/plugin/base/" + ID + "/process-instance/" + ID + "/called-process-instances"));

    private static final Pattern ENGINE_NAME = Pattern.compile("^/engine/" + ID);

    private EngineDoorRules() {
    }

    /**
     * @param method      the HTTP method as sent
     * @param path        the request URI without the context path, exactly as sent (not decoded)
     * @param admin       whether the caller is a Bangfu administrator
     */
    static Verdict decide(String method, String path, boolean admin) {
        String verb = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (READ_METHODS.contains(verb)) {
            return Verdict.PASS;
        }
        if (path == null || !plain(path)) {
            return Verdict.REFUSE;
        }
        if ("POST".equals(verb) && MODELER_DEPLOYMENT.equals(path)) {
            return Verdict.PASS;
        }
        String normal = path.toLowerCase(Locale.ROOT);
        while (normal.length() > 1 && normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        String resource = engineResource(normal);
        if (resource != null) {
            if (!"POST".equals(verb) && !"PUT".equals(verb)) {
                return Verdict.REFUSE;
            }
            if ("POST".equals(verb) && ENGINE_QUERIES.matcher(resource).matches()) {
                return Verdict.PASS;
            }
            if (admin && JOB_RETRIES.matcher(verb + " " + resource).matches()) {
                return Verdict.PASS_AUDITED;
            }
            return Verdict.REFUSE;
        }
        if (normal.startsWith("/camunda/api/") && "POST".equals(verb)
                && WEBAPP_POSTS.matcher(normal.substring("/camunda/api".length())).matches()) {
            return Verdict.PASS;
        }
        return Verdict.REFUSE;
    }

    /**
     * The engine resource a normalised path names through either door, with the engine name taken off, or null
     * when the path is not the engine API ({@code /camunda/api/cockpit/...} and the like).
     */
    static String engineResource(String normal) {
        String rest;
        if (normal.equals("/engine-rest") || normal.startsWith("/engine-rest/")) {
            rest = normal.substring("/engine-rest".length());
        } else if (normal.equals("/camunda/api/engine") || normal.startsWith("/camunda/api/engine/")) {
            rest = normal.substring("/camunda/api/engine".length());
        } else {
            return null;
        }
        return ENGINE_NAME.matcher(rest).replaceFirst("");
    }

    /** A path that means the same to every reader: no encoding, no matrix parameters, no dot or empty segments. */
    static boolean plain(String path) {
        if (!path.startsWith("/") || path.contains("//") || path.contains("/./") || path.contains("/../")
                || path.endsWith("/.") || path.endsWith("/..")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '%' || c == ';' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
