package org.bangfu.workflow.guard;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;


import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * The static lint of the deployment guard: parses every BPMN and DMN resource (no DTD, no external entities) and
 * applies the rules of {@link GuardRules}. Stateless; every door to the engine goes through it (see
 * the engine plugin).
 */
@Component
public class RuleBasedDeploymentGuard implements DeploymentGuard {


    /** Names of Spring beans outside the allow-lists: an expression may not use them even as a variable name. */
    private final Predicate<String> otherBean;

    /** A guard that knows no Spring context (unit tests, tools). */
    public RuleBasedDeploymentGuard() {
        this.otherBean = name -> false;
    }

    @Autowired
    public RuleBasedDeploymentGuard(ListableBeanFactory beans) {
        this.otherBean = name -> !GuardRules.EXPRESSION_BEANS.containsKey(name)
                && !GuardRules.DELEGATE_BEANS.contains(name) && beans.containsBean(name);
    }

    @Override
    public List<GuardViolation> check(Map<String, byte[]> resources) {
        List<GuardViolation> violations = new ArrayList<>();
        resources.forEach((name, bytes) -> violations.addAll(checkResource(name, bytes)));
        return List.copyOf(violations);
    }

    private List<GuardViolation> checkResource(String name, byte[] bytes) {
        List<GuardViolation> out = new ArrayList<>();
        boolean bpmn = GuardRules.isBpmn(name);
        boolean dmn = GuardRules.isDmn(name);
        if (!bpmn && !dmn) {
            out.add(new GuardViolation(name, name, GuardRules.UNKNOWN_RESOURCE,
                    "only BPMN (.bpmn) and DMN (.dmn) models may be deployed"));
            return out;
        }
        Document document;
        try {
            document = parse(bytes == null ? new byte[0] : bytes);
        } catch (Exception e) {
            out.add(new GuardViolation(name, name, GuardRules.INVALID_XML,
                    "not a well-formed XML model without DOCTYPE: " + e.getMessage()));
            return out;
        }
        ModelChecker checker = new ModelChecker(name, out, document.getDocumentElement(), otherBean);
        if (bpmn) {
            checker.bpmn(document.getDocumentElement());
        } else {
            checker.dmn(document.getDocumentElement());
        }
        return out;
    }

    static Document parse(byte[] bytes) throws Exception {
        return SecureXml.parse(new ByteArrayInputStream(bytes));
    }

}
