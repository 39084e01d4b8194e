package org.bangfu.workflow.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks one parsed model, element by element, against the rules of {@link GuardRules}, collecting every
 * violation with its element id (the work of {@link RuleBasedDeploymentGuard} per resource).
 */
final class ModelChecker {

    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    static final String JAVA_SERIALIZED = "x-java-serialized";
    static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");
    static final Pattern FEEL_QUALIFIED_CALL = Pattern.compile("\\.\\s*[\\p{L}_][\\p{L}\\p{N}_]*\\s*\\(");
    static final Pattern HISTORY_TTL = Pattern.compile("\\d{1,6}|P\\d{1,6}D");

    private final String resource;
    private final List<GuardViolation> out;
    private final Element root;
    private final Predicate<String> otherBean;

    ModelChecker(String resource, List<GuardViolation> out, Element root, Predicate<String> otherBean) {
        this.resource = resource;
        this.out = out;
        this.root = root;
        this.otherBean = otherBean;
    }

    private void variablesNamingBeans(Element element, String value, List<ExpressionGrammar.Node> nodes) {
        for (ExpressionGrammar.Node node : nodes) {
            if (node instanceof ExpressionGrammar.Variable v && otherBean.test(v.name())) {
                refuse(element, GuardRules.EXPRESSION_NOT_ALLOWED, "expression " + shorten(value)
                        + " names the bean '" + v.name() + "', which is not allow-listed");
            } else if (node instanceof ExpressionGrammar.Call c) {
                variablesNamingBeans(element, value, c.arguments());
            } else if (node instanceof ExpressionGrammar.Operation o) {
                variablesNamingBeans(element, value, o.operands());
            }
        }
    }

    private void refuse(Element at, String rule, String message) {
        out.add(new GuardViolation(resource, elementId(at), rule, message));
    }

    private String elementId(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String id = e.getAttribute("id");
            if (!id.isEmpty()) {
                return id;
            }
        }
        return resource;
    }

    // ---------------------------------------------------------------- BPMN

    void bpmn(Element element) {
        String local = local(element);
        if (local.equals("documentation") || local.equals("textAnnotation")) {
            return;
        }
        boolean camunda = CAMUNDA_BPMN.equals(element.getNamespaceURI());
        switch (local) {
            case "scriptTask" -> refuse(element, GuardRules.SCRIPT_TASK, "script tasks are not allowed");
            case "script" -> {
                if (camunda) {
                    refuse(element, insideListener(element) ? GuardRules.SCRIPT_LISTENER
                            : GuardRules.SCRIPT_EXPRESSION, "scripts are not allowed");
                }
            }
            case "connector" -> {
                if (camunda) {
                    refuse(element, GuardRules.CONNECTOR, "connectors are not allowed");
                }
            }
            case "process" -> {
                // the engine treats a process without isExecutable as executable
                if (!"false".equals(element.getAttribute("isExecutable").trim())) {
                    historyTimeToLive(element, CAMUNDA_BPMN);
                }
            }
            case "userTask" -> {
                if (element.getAttributeNodeNS(CAMUNDA_BPMN, "candidateGroups") == null) {
                    refuse(element, GuardRules.CANDIDATE_GROUPS,
                            "a user task needs camunda:candidateGroups from the known roles");
                }
            }
            case "potentialOwner", "humanPerformer", "performer" -> refuse(element, GuardRules.CANDIDATE_GROUPS,
                    "tasks are assigned only through camunda:candidateGroups");
            default -> {
            }
        }
        attributes(element);
        text(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                bpmn(e);
            }
        }
    }

    private void historyTimeToLive(Element element, String camundaNamespace) {
        String ttl = element.getAttributeNS(camundaNamespace, "historyTimeToLive").trim();
        if (ttl.isEmpty()) {
            refuse(element, GuardRules.HISTORY_TTL, "camunda:historyTimeToLive is required");
        } else if (!HISTORY_TTL.matcher(ttl).matches()) {
            refuse(element, GuardRules.HISTORY_TTL,
                    "camunda:historyTimeToLive must be a number of days or P<days>D");
        }
    }

    private static boolean insideListener(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String local = local(e);
            if (local.equals("executionListener") || local.equals("taskListener")) {
                return true;
            }
        }
        return false;
    }

    private void attributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                continue;
            }
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String value = attribute.getValue();
            if (value.toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED)) {
                refuse(element, GuardRules.JAVA_SERIALIZATION, "Java serialization of variables is not allowed");
                continue;
            }
            if (name.equals("class") || name.endsWith("Class")) {
                refuse(element, GuardRules.JAVA_CLASS, "Java classes may not be named in a model ('" + name
                        + "')");
            } else if (name.equals("resource")) {
                refuse(element, GuardRules.EXTERNAL_SCRIPT, "external script resources are not allowed");
            } else if (name.equals("scriptFormat") && local(element).equals("scriptTask")) {
                continue;
            } else if (name.equals("language") || name.equals("scriptFormat")) {
                refuse(element, GuardRules.SCRIPT_EXPRESSION, "script languages are not allowed");
            } else if (name.endsWith("elegateExpression")) {
                delegate(element, value);
            } else if (name.equals("candidateGroups")) {
                candidateGroups(element, value);
            } else if (name.equals("candidateUsers") || name.equals("assignee")) {
                refuse(element, GuardRules.CANDIDATE_GROUPS,
                        "tasks are assigned only through camunda:candidateGroups, not '" + name + "'");
            } else {
                expression(element, value);
            }
        }
    }

    private void text(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String value = child.getNodeValue();
                if (value.toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED)) {
                    refuse(element, GuardRules.JAVA_SERIALIZATION,
                            "Java serialization of variables is not allowed");
                } else {
                    expression(element, value);
                }
            }
        }
    }

    private void expression(Element element, String value) {
        if (!ExpressionGrammar.containsExpression(value)) {
            return;
        }
        try {
            variablesNamingBeans(element, value, ExpressionGrammar.parseTemplate(value));
        } catch (ExpressionGrammar.NotAllowed e) {
            refuse(element, GuardRules.EXPRESSION_NOT_ALLOWED,
                    "expression " + shorten(value) + " is not allowed: " + e.getMessage());
        }
    }

    private void delegate(Element element, String value) {
        String trimmed = value.trim();
        String bean = null;
        if ((trimmed.startsWith("${") || trimmed.startsWith("#{")) && trimmed.endsWith("}")) {
            bean = trimmed.substring(2, trimmed.length() - 1).trim();
        }
        if (bean == null || !GuardRules.DELEGATE_BEANS.contains(bean)) {
            refuse(element, GuardRules.DELEGATE_NOT_ALLOWED, "delegate expression " + shorten(value)
                    + " must be ${name} of an allowed process step");
        }
    }

    private void candidateGroups(Element element, String value) {
        List<String> groups = splitGroups(value);
        if (groups.isEmpty()) {
            refuse(element, GuardRules.CANDIDATE_GROUPS, "candidate groups are empty");
        }
        for (String group : groups) {
            if (!isKnownGroup(group)) {
                refuse(element, GuardRules.CANDIDATE_GROUPS, "candidate group " + shorten(group)
                        + " is not one of the known roles");
            }
        }
    }

    private static boolean isKnownGroup(String group) {
        if (!ExpressionGrammar.containsExpression(group)) {
            return GuardRules.isLiteralCandidateGroup(group);
        }
        if (!(group.startsWith("${") || group.startsWith("#{")) || !group.endsWith("}")) {
            return false;
        }
        try {
            List<ExpressionGrammar.Node> nodes = ExpressionGrammar.parseTemplate(group);
            if (nodes.size() != 1) {
                return false;
            }
            ExpressionGrammar.Node node = nodes.get(0);
            if (node instanceof ExpressionGrammar.Variable v) {
                return GuardRules.CANDIDATE_GROUP_VARIABLES.contains(v.name());
            }
            if (node instanceof ExpressionGrammar.Call c) {
                return GuardRules.CANDIDATE_GROUP_CALLS.getOrDefault(c.bean(), java.util.Set.of())
                        .contains(c.method());
            }
            return false;
        } catch (ExpressionGrammar.NotAllowed e) {
            return false;
        }
    }

    /** Splits a comma-separated group list, keeping commas inside an expression. */
    private static List<String> splitGroups(String value) {
        List<String> groups = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                groups.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        groups.add(current.toString().trim());
        groups.removeIf(String::isEmpty);
        return groups;
    }

    // ---------------------------------------------------------------- DMN

    void dmn(Element element) {
        String local = local(element);
        if (local.equals("description")) {
            return;
        }
        if (local.equals("decision")) {
            historyTimeToLive(element, CAMUNDA_DMN);
        }
        String language = element.getAttribute("expressionLanguage").trim();
        if (!language.isEmpty() && !isFeel(language) && !isJuel(language)) {
            refuse(element, GuardRules.DMN_SCRIPT_LANGUAGE, "expression language '" + language
                    + "' is not allowed; use FEEL");
        } else if (List.of("inputExpression", "inputEntry", "outputEntry", "literalExpression")
                .contains(local)) {
            String effective = effectiveLanguage(element);
            String text = expressionText(element);
            if (isJuel(effective)) {
                juel(element, text);
            } else if (isFeel(effective)) {
                feel(element, text);
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (attribute.getValue().toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED)) {
                refuse(element, GuardRules.JAVA_SERIALIZATION, "Java serialization of variables is not allowed");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                dmn(e);
            } else if (child.getNodeValue() != null
                    && child.getNodeValue().toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED)) {
                refuse(element, GuardRules.JAVA_SERIALIZATION, "Java serialization of variables is not allowed");
            }
        }
    }

    private String effectiveLanguage(Element element) {
        String own = element.getAttribute("expressionLanguage").trim();
        if (!own.isEmpty()) {
            return own;
        }
        String global = root.getAttribute("expressionLanguage").trim();
        return global.isEmpty() ? "feel" : global;
    }

    private static String expressionText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && local(e).equals("text")) {
                text.append(e.getTextContent());
            }
        }
        return text.toString();
    }

    private void juel(Element element, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || (local(element).equals("inputEntry") && trimmed.equals("-"))) {
            return;
        }
        try {
            variablesNamingBeans(element, trimmed, ExpressionGrammar.containsExpression(trimmed)
                    ? ExpressionGrammar.parseTemplate(trimmed) : List.of(ExpressionGrammar.parseBare(trimmed)));
        } catch (ExpressionGrammar.NotAllowed e) {
            refuse(element, GuardRules.EXPRESSION_NOT_ALLOWED,
                    "JUEL expression " + shorten(trimmed) + " is not allowed: " + e.getMessage());
        }
    }

    private void feel(Element element, String text) {
        // FEEL reaches no bean; the engine already disables external Java functions. As a second layer the
        // guard refuses them, and any call of a function on a value (obj.method(…)), which could reach the
        // methods of a Java object held in a variable. String literals are skipped.
        String code = FEEL_STRING.matcher(text).replaceAll("\"\"");
        if (FEEL_EXTERNAL.matcher(code).find()) {
            refuse(element, GuardRules.EXPRESSION_NOT_ALLOWED, "FEEL external functions are not allowed");
        } else if (FEEL_QUALIFIED_CALL.matcher(code).find()) {
            refuse(element, GuardRules.EXPRESSION_NOT_ALLOWED,
                    "FEEL may not call a function on a value ('x.f(…)')");
        }
    }

    private static boolean isFeel(String language) {
        return GuardRules.FEEL_LANGUAGES.contains(language.toLowerCase(Locale.ROOT));
    }

    private static boolean isJuel(String language) {
        return GuardRules.JUEL_LANGUAGES.contains(language.toLowerCase(Locale.ROOT));
    }

    private static String local(Element element) {
        return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    }

    private static String shorten(String value) {
        String v = value.strip();
        return "'" + (v.length() > 120 ? v.substring(0, 117) + "..." : v) + "'";
    }
}
