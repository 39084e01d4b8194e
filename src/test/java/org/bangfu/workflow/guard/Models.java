package org.bangfu.workflow.guard;

/** Small BPMN and DMN models for the guard's tests. */
final class Models {

    private Models() {
    }

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** A process with the given elements inside it. */
    static String process(String elements) {
        return process("camunda:historyTimeToLive=\"3650\"", elements);
    }

    static String process(String processAttributes, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Test"
                    targetNamespace="http://bangfu.org/test">
                  <bpmn:process id="TestProcess" isExecutable="true" %s>
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processAttributes, elements);
    }

    /** A runnable process: start, one service task with the given attributes, end. */
    static String runnable(String processId, String serviceTaskAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://bangfu.org/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Attack"/>
                    <bpmn:serviceTask id="Task_Attack" %2$s><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:serviceTask>
                    <bpmn:sequenceFlow id="F2" sourceRef="Task_Attack" targetRef="End"/>
                    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processId, serviceTaskAttributes);
    }

    /** A service task calling the given expression, with XML-escaped quotes. */
    static String expressionTask(String id, String expression) {
        return "<bpmn:serviceTask id=\"" + id + "\" camunda:expression=\"" + attr(expression) + "\"/>";
    }

    static String attr(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A decision table with one input and one rule. */
    static String decision(String definitionsAttributes, String decisionAttributes, String inputExpression,
            String inputEntry, String outputEntry) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_D" name="D"
                    namespace="http://bangfu.org/dmn" %s>
                  <decision id="TestDecision" name="Test" %s>
                    <decisionTable id="Table" hitPolicy="FIRST">
                      <input id="Input_A">%s</input>
                      <output id="Output_X" name="x" typeRef="string"/>
                      <rule id="Rule_1">%s%s</rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(definitionsAttributes, decisionAttributes, inputExpression, inputEntry, outputEntry);
    }

    static String decision(String inputExpression) {
        return decision("", "camunda:historyTimeToLive=\"3650\"", inputExpression,
                "<inputEntry id=\"Entry_1\"><text>&gt; 1</text></inputEntry>",
                "<outputEntry id=\"Out_1\"><text>\"A\"</text></outputEntry>");
    }
}
