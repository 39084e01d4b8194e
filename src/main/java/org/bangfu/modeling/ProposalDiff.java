package org.bangfu.modeling;

import java.util.List;

/**
 * What a proposal changes, as a reviewer reads it: per process key (BPMN) or decision key (DMN) of each resource,
 * against the latest deployed version of that key. A key that was never deployed is shown as wholly new (every
 * element added, {@code deployedVersion} null).
 */
public record ProposalDiff(List<ResourceDiff> resources) {

    public ProposalDiff {
        resources = List.copyOf(resources);
    }

    public boolean changesNothing() {
        return resources.stream().allMatch(r -> r.added().isEmpty() && r.removed().isEmpty() && r.changed().isEmpty());
    }

    /**
     * One process or decision: elements (activities, events, gateways, flows; DMN rules) added and removed, and
     * every changed attribute or expression (conditions, candidate groups, due dates, timers, delegate expressions,
     * listeners; DMN rule entries, inputs, hit policy).
     */
    public record ResourceDiff(String resource, Kind kind, String key, Integer deployedVersion, List<Element> added,
                               List<Element> removed, List<Change> changed) {

        public ResourceDiff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean isNew() {
            return deployedVersion == null;
        }
    }

    public enum Kind { BPMN, DMN }

    /** An element (a BPMN flow element or a DMN rule): its id, type, name and its entries as {@code path = value}. */
    public record Element(String id, String type, String name, List<String> entries) {

        public Element {
            entries = List.copyOf(entries);
        }
    }

    /** One attribute or expression of an element that differs; {@code before} or {@code after} null when absent. */
    public record Change(String elementId, String what, String before, String after) {
    }
}
