package org.bangfu.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;


import org.bangfu.workflow.guard.SecureXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A BPMN or DMN model read into comparable pieces: per process key (BPMN) or decision key (DMN), its elements by id,
 * each with every attribute and nested expression flattened to {@code path = value} (listeners, timers, conditions,
 * input/output mappings; for a DMN rule its input and output entries). Namespace prefixes are normalised so that
 * {@code bpmn:} and {@code bpmn2:} files compare equal. The parser refuses DTDs and external entities.
 */
final class ModelIndex {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction", "adHocSubProcess");
    private static final Set<String> SKIPPED = Set.of("incoming", "outgoing");

    /** One element: its id, type (the XML element's local name), name and flattened attributes in document order. */
    record Item(String id, String type, String name, Map<String, String> attributes) {
    }

    final ProposalDiff.Kind kind;
    /** Process or decision key to its elements by id (the process or decision itself is one element, under its key). */
    final Map<String, Map<String, Item>> models = new LinkedHashMap<>();

    private ModelIndex(ProposalDiff.Kind kind) {
        this.kind = kind;
    }

    static boolean isBpmn(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    static boolean isDmn(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    /** Reads a BPMN or DMN resource; throws {@link IllegalArgumentException} when it is not well-formed XML. */
    static ModelIndex read(String resourceName, byte[] content) {
        return read(isDmn(resourceName) ? ProposalDiff.Kind.DMN : ProposalDiff.Kind.BPMN,
                new ByteArrayInputStream(content));
    }

    static ModelIndex read(ProposalDiff.Kind kind, InputStream content) {
        Document document;
        try {
            document = SecureXml.parse(content);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not a readable model: " + e.getMessage(), e);
        }
        ModelIndex index = new ModelIndex(kind);
        for (Element child : children(document.getDocumentElement())) {
            if (kind == ProposalDiff.Kind.BPMN && "process".equals(child.getLocalName()) && !id(child).isEmpty()) {
                Map<String, Item> nodes = new LinkedHashMap<>();
                nodes.put(id(child), new Item(id(child), "process", child.getAttribute("name"), flatten(child, true)));
                index.walkContainer(child, nodes);
                index.models.put(id(child), nodes);
            } else if (kind == ProposalDiff.Kind.DMN && "decision".equals(child.getLocalName())
                    && !id(child).isEmpty()) {
                index.models.put(id(child), decision(child));
            }
        }
        return index;
    }

    private void walkContainer(Element container, Map<String, Item> nodes) {
        for (Element child : children(container)) {
            if (!isFlowElement(child)) {
                continue;
            }
            nodes.put(id(child), new Item(id(child), child.getLocalName(), child.getAttribute("name"),
                    flatten(child, CONTAINERS.contains(child.getLocalName()))));
            if (CONTAINERS.contains(child.getLocalName())) {
                walkContainer(child, nodes);
            }
        }
    }

    /** Flow elements have an id and are not one of the element's own settings (documentation, extensions, lanes). */
    private static boolean isFlowElement(Element element) {
        String name = element.getLocalName();
        return !id(element).isEmpty() && !Set.of("documentation", "extensionElements", "laneSet", "ioSpecification",
                "property", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics").contains(name);
    }

    /** A decision's own settings (hit policy, inputs, outputs, expression languages) and one node per rule. */
    private static Map<String, Item> decision(Element decision) {
        Map<String, Item> nodes = new LinkedHashMap<>();
        nodes.put(id(decision), new Item(id(decision), "decision", decision.getAttribute("name"),
                flattenExcept(decision, "rule")));
        for (Element table : children(decision)) {
            if (!"decisionTable".equals(table.getLocalName())) {
                continue;
            }
            Map<Integer, String> inputLabels = new HashMap<>();
            Map<Integer, String> outputLabels = new HashMap<>();
            int inputs = 0;
            int outputs = 0;
            for (Element column : children(table)) {
                if ("input".equals(column.getLocalName())) {
                    inputLabels.put(++inputs, column.getAttribute("label"));
                } else if ("output".equals(column.getLocalName())) {
                    outputLabels.put(++outputs, column.getAttribute("name"));
                }
            }
            int position = 0;
            for (Element rule : children(table)) {
                if (!"rule".equals(rule.getLocalName())) {
                    continue;
                }
                position++;
                Map<String, String> entries = new LinkedHashMap<>();
                int in = 0;
                int out = 0;
                for (Element entry : children(rule)) {
                    String text = text(entry);
                    switch (entry.getLocalName()) {
                        case "inputEntry" -> entries.put(column("input", ++in, inputLabels), text);
                        case "outputEntry" -> entries.put(column("output", ++out, outputLabels), text);
                        case "description" -> entries.put("description", entry.getTextContent().strip());
                        default -> entries.putAll(flatten(entry, entry.getLocalName()));
                    }
                }
                String ruleId = id(rule).isEmpty() ? "rule " + position : id(rule);
                nodes.put(ruleId, new Item(ruleId, "rule", "#" + position, entries));
            }
        }
        return nodes;
    }

    private static String column(String side, int number, Map<Integer, String> labels) {
        String label = labels.get(number);
        return side + " " + number + (label == null || label.isBlank() ? "" : " (" + label + ")");
    }

    private static String text(Element entry) {
        for (Element child : children(entry)) {
            if ("text".equals(child.getLocalName())) {
                return child.getTextContent().strip();
            }
        }
        return entry.getTextContent().strip();
    }

    private static Map<String, String> flatten(Element element, boolean skipFlowChildren) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes(element, "", out, true);
        descend(element, "", out, skipFlowChildren);
        return out;
    }

    private static Map<String, String> flatten(Element element, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes(element, prefix, out, false);
        descend(element, prefix, out, false);
        return out;
    }

    private static Map<String, String> flattenExcept(Element element, String skippedLocalName) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes(element, "", out, true);
        Map<String, Integer> seen = new HashMap<>();
        for (Element child : children(element)) {
            for (Element grandChild : children(child)) {
                if (skippedLocalName.equals(grandChild.getLocalName())) {
                    continue;
                }
                String path = name(child) + "/" + indexed(grandChild, child, seen);
                attributes(grandChild, path, out, false);
                descend(grandChild, path, out, false);
            }
            attributes(child, name(child), out, false);
        }
        return out;
    }

    private static void descend(Element element, String prefix, Map<String, String> out, boolean skipFlowChildren) {
        Map<String, Integer> seen = new HashMap<>();
        boolean hasChildren = false;
        for (Element child : children(element)) {
            hasChildren = true;
            if (SKIPPED.contains(child.getLocalName()) || (skipFlowChildren && isFlowElement(child))
                    || ("process".equals(element.getLocalName()) && isFlowElement(child))) {
                continue;
            }
            String path = (prefix.isEmpty() ? "" : prefix + "/") + indexed(child, element, seen);
            attributes(child, path, out, false);
            descend(child, path, out, false);
        }
        if (!hasChildren && !prefix.isEmpty()) {
            String text = element.getTextContent().strip();
            if (!text.isEmpty()) {
                out.put(prefix, text);
            }
        }
    }

    /** {@code name}, or {@code name[2]} when the parent has several children of that name. */
    private static String indexed(Element child, Element parent, Map<String, Integer> seen) {
        String name = name(child);
        long siblings = children(parent).stream().filter(c -> name(c).equals(name)).count();
        int number = seen.merge(name, 1, Integer::sum);
        return siblings > 1 ? name + "[" + number + "]" : name;
    }

    private static void attributes(Element element, String prefix, Map<String, String> out, boolean skipId) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    || (skipId && "id".equals(attribute.getLocalName()) && attribute.getNamespaceURI() == null)) {
                continue;
            }
            out.put(prefix + "@" + name(attribute), attribute.getValue());
        }
    }

    /** The local name, with {@code camunda:} kept for Camunda extensions and the model's own namespace dropped. */
    private static String name(Node node) {
        String local = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
        String ns = node.getNamespaceURI();
        if (CAMUNDA_NS.equals(ns) || CAMUNDA_DMN_NS.equals(ns)) {
            return "camunda:" + local;
        }
        if (ns == null || ns.startsWith("http://www.omg.org/spec/")) {
            return local;
        }
        return node.getPrefix() == null ? local : node.getPrefix() + ":" + local;
    }

    private static String id(Element element) {
        return element.getAttribute("id");
    }

    private static java.util.List<Element> children(Element element) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
