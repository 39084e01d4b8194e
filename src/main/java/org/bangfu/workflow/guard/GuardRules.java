package org.bangfu.workflow.guard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bangfu.organization.Role;

/**
 * The deployment rules in one place: their stable names and every allow-list. Both the static lint
 * ({@link RuleBasedDeploymentGuard}) and the engine's run-time expression resolver (the guarded expression resolver) read
 * them from here, so what the lint accepts is exactly what the engine can resolve. Documented in
 * docs/security/deployment-rules.md; widening any list is a reviewed code change.
 */
public final class GuardRules {

    private GuardRules() {
    }

    // ---- rule names (stable: analysts and the proposal screen see them) ----
    public static final String SCRIPT_TASK = "script-task";
    public static final String SCRIPT_LISTENER = "script-listener";
    public static final String SCRIPT_EXPRESSION = "script-expression";
    public static final String EXTERNAL_SCRIPT = "external-script";
    public static final String JAVA_CLASS = "java-class";
    public static final String CONNECTOR = "connector";
    public static final String JAVA_SERIALIZATION = "java-serialization";
    public static final String EXPRESSION_NOT_ALLOWED = "expression-not-allowed";
    public static final String DELEGATE_NOT_ALLOWED = "delegate-not-allowed";
    public static final String CANDIDATE_GROUPS = "candidate-groups";
    public static final String HISTORY_TTL = "history-ttl";
    public static final String DMN_SCRIPT_LANGUAGE = "dmn-script-language";
    public static final String UNKNOWN_RESOURCE = "unknown-resource";
    public static final String INVALID_XML = "invalid-xml";
    public static final String NOT_PERMITTED = "not-permitted";

    /**
     * Process-facing beans that expressions may call, with the only methods that may be called on each. Nothing
     * else in the Spring context (jdbcTemplate, fieldCipher, the engine's services …) is reachable.
     */
    public static final Map<String, Set<String>> EXPRESSION_BEANS = Map.of(
            "sla", Set.of("dueDate", "remindAt", "escalateAt"),
            "campaignGroups", Set.of("caseWorkers", "approvers", "unitIds"));

    /**
     * The process steps a {@code delegateExpression} may name: {@link org.bangfu.workflow.ProcessStep} beans of the
     * case processes (org.bangfu.casework.process) and of the warmth campaign (campaign.process).
     */
    public static final Set<String> DELEGATE_BEANS = Set.of(
            "assessGradeDelegate", "campaignHandDownDelegate", "campaignOverdueDelegate", "campaignPayDelegate",
            "campaignRemindDelegate", "campaignRollUpDelegate", "closeFileDelegate", "convertEmergencyDelegate",
            "drawSampleDelegate", "endNoticeDelegate", "endWatchDelegate",
            "nextTierDelegate", "notifyFilesDelegate", "openFileDelegate", "payAidDelegate",
            "payGradualMonthDelegate", "refuseFileDelegate", "regradeDelegate", "renewPeriodDelegate",
            "resumeFollowUpDelegate", "startExitDelegate", "startNextPeriodDelegate", "startNoticeDelegate",
            "startVisitDelegate");

    /** Context objects that may be passed as an argument to an allow-listed method, and nothing more. */
    public static final Set<String> CONTEXT_ARGUMENTS = Set.of("execution", "task");

    /**
     * The single property an expression may read from a context object: the business key handed to a call
     * activity ({@code #{execution.processBusinessKey}}). No other property and no method of any context object.
     */
    public static final Map<String, Set<String>> CONTEXT_PROPERTIES = Map.of(
            "execution", Set.of("processBusinessKey"));

    /** Candidate group expressions a user task may use, besides a literal {@code role@unitCode}. */
    public static final Set<String> CANDIDATE_GROUP_VARIABLES = Set.of("caseworkerGroup", "approverGroup",
            "financeGroup");

    /** Bean methods that return a candidate group. */
    public static final Map<String, Set<String>> CANDIDATE_GROUP_CALLS = Map.of(
            "campaignGroups", Set.of("caseWorkers", "approvers"));

    /** Roles that work on tasks; a literal candidate group is {@code prefix@unitCode} of one of these. */
    public static final List<Role> TASK_ROLES = List.of(Role.CASE_WORKER, Role.APPROVER, Role.FINANCE);

    public static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** DMN expression languages; absent means the default (FEEL). JUEL must pass the expression grammar. */
    public static final Set<String> FEEL_LANGUAGES = Set.of("feel", "feel-scala",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/dmn/20191111/feel/");
    public static final Set<String> JUEL_LANGUAGES = Set.of("juel", "http://camunda.org/schema/1.0/juel");

    /** Resource names the engine may receive. Anything else (forms, scripts, images, CMMN …) is refused. */
    public static final List<String> BPMN_SUFFIXES = List.of(".bpmn", ".bpmn20.xml");
    public static final List<String> DMN_SUFFIXES = List.of(".dmn", ".dmn11.xml");

    /** Where the release's own models live on the classpath (the start-up deployment). */
    public static final String SHIPPED_MODELS = "bpmn/";

    public static boolean isLiteralCandidateGroup(String group) {
        int at = group.indexOf('@');
        if (at < 0) {
            return false;
        }
        String unit = group.substring(at + 1);
        return TASK_ROLES.stream().anyMatch(r -> r.candidateGroup(unit).equals(group))
                && UNIT_CODE.matcher(unit).matches();
    }

    public static boolean isAllowedCall(String bean, String method) {
        Set<String> methods = EXPRESSION_BEANS.get(bean);
        return methods != null && methods.contains(method);
    }

    public static boolean isAllowedContextProperty(String context, String property) {
        Set<String> props = CONTEXT_PROPERTIES.get(context);
        return props != null && props.contains(property);
    }

    public static boolean isBpmn(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return BPMN_SUFFIXES.stream().anyMatch(n::endsWith);
    }

    public static boolean isDmn(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return DMN_SUFFIXES.stream().anyMatch(n::endsWith);
    }
}
