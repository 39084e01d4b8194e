package org.bangfu.workflow.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bangfu.shell.Languages;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.CaseChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No write through the engine's doors: in front of {@code /engine-rest/*} and {@code /camunda/api/*}, every request
 * that would change the engine's state is refused with 403 problem JSON and an audit row ({@code
 * ENGINE_REQUEST_REFUSED}); reads and read-only queries pass. Administrators may set the retries of failed jobs, which
 * is audited ({@code ENGINE_JOB_RETRIES}). Which request is which: {@link EngineDoorRules}. Spring Security has
 * already let only administrators and process analysts in.
 */
class EngineDoorFilter extends OncePerRequestFilter {

    static final String REFUSED = "ENGINE_REQUEST_REFUSED";
    static final String RETRIES = "ENGINE_JOB_RETRIES";
    private static final int MAX_DETAIL_PATH = 300;
    private static final java.util.regex.Pattern METHOD_PARAMETER =
            java.util.regex.Pattern.compile("(^|&)_method=", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Logger LOG = LoggerFactory.getLogger(EngineDoorFilter.class);

    private final ApplicationEventPublisher events;
    private final OrganizationService organization;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final ObjectMapper json = new ObjectMapper();

    EngineDoorFilter(ApplicationEventPublisher events, OrganizationService organization, MessageSource messages,
                     TransactionTemplate transactions) {
        this.events = events;
        this.organization = organization;
        this.messages = messages;
        this.transactions = transactions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = pathOf(request);
        String method = request.getMethod();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "anonymous" : auth.getName();
        boolean admin = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.ADMIN_NAME).equals(a.getAuthority()));
        EngineDoorRules.Verdict verdict = overridesMethod(request) ? EngineDoorRules.Verdict.REFUSE
                : EngineDoorRules.decide(method, path, admin);
        String what = method + " " + (path.length() > MAX_DETAIL_PATH ? path.substring(0, MAX_DETAIL_PATH) : path);
        switch (verdict) {
            case PASS -> chain.doFilter(request, response);
            case PASS_AUDITED -> {
                audit(actor, RETRIES, what);
                chain.doFilter(request, response);
            }
            case REFUSE -> {
                LOG.warn("engine request refused: {} by {}", what, actor);
                audit(actor, REFUSED, what);
                refuse(request, response, what);
            }
        }
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (uri == null) {
            return "";
        }
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length())
                : uri;
    }

    /** A method-override header or parameter is refused outright, whatever the engine would make of it. */
    private static boolean overridesMethod(HttpServletRequest request) {
        for (String name : EngineDoorRules.METHOD_OVERRIDES) {
            if (request.getHeader(name) != null) {
                return true;
            }
        }
        String query = request.getQueryString();
        return query != null && METHOD_PARAMETER.matcher(query).find();
    }

    private void audit(String actor, String action, String what) {
        Long unitId = organization.user(actor).map(CurrentUser::unit).map(unit -> unit.id()).orElse(null);
        transactions.executeWithoutResult(status ->
                events.publishEvent(new CaseChanged(actor, action, null, unitId, what)));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String what) throws IOException {
        Locale locale = Languages.of(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://bangfu.org/problems/engine-request-refused");
        problem.put("title", messages.getMessage("engineDoors.refused.title", null, locale));
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", messages.getMessage("engineDoors.refused.detail", new Object[] {what}, locale));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
