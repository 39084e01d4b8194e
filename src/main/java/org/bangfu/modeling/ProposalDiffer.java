package org.bangfu.modeling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Builds the {@link ProposalDiff} of a proposal's resources against the latest deployed versions of their keys. */
@Component
class ProposalDiffer {

    private final DeployedModels deployed;

    ProposalDiffer(DeployedModels deployed) {
        this.deployed = deployed;
    }

    ProposalDiff diff(Map<String, byte[]> resources) {
        List<ProposalDiff.ResourceDiff> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
            if (!ModelIndex.isBpmn(resource.getKey()) && !ModelIndex.isDmn(resource.getKey())) {
                continue;
            }
            ModelIndex index;
            try {
                index = ModelIndex.read(resource.getKey(), resource.getValue());
            } catch (IllegalArgumentException unreadable) {
                continue; // the lint result says why
            }
            index.models.forEach((key, items) -> out.add(diff(resource.getKey(), index.kind, key, items,
                    deployed.latest(index.kind, key))));
        }
        return new ProposalDiff(out);
    }

    static ProposalDiff.ResourceDiff diff(String resource, ProposalDiff.Kind kind, String key,
                                          Map<String, ModelIndex.Item> proposed,
                                          Optional<DeployedModels.Deployed> latest) {
        Map<String, ModelIndex.Item> before = latest.map(DeployedModels.Deployed::items).orElse(Map.of());
        List<ProposalDiff.Element> added = new ArrayList<>();
        List<ProposalDiff.Element> removed = new ArrayList<>();
        List<ProposalDiff.Change> changed = new ArrayList<>();
        for (ModelIndex.Item item : proposed.values()) {
            ModelIndex.Item old = before.get(item.id());
            if (old == null) {
                added.add(element(item));
                continue;
            }
            if (!old.type().equals(item.type())) {
                changed.add(new ProposalDiff.Change(item.id(), "type", old.type(), item.type()));
            }
            Set<String> paths = new LinkedHashSet<>(old.attributes().keySet());
            paths.addAll(item.attributes().keySet());
            for (String path : paths) {
                String was = old.attributes().get(path);
                String now = item.attributes().get(path);
                if (!Objects.equals(was, now)) {
                    changed.add(new ProposalDiff.Change(item.id(), path, was, now));
                }
            }
        }
        for (ModelIndex.Item item : before.values()) {
            if (!proposed.containsKey(item.id())) {
                removed.add(element(item));
            }
        }
        return new ProposalDiff.ResourceDiff(resource, kind, key,
                latest.map(DeployedModels.Deployed::version).orElse(null), added, removed, changed);
    }

    private static ProposalDiff.Element element(ModelIndex.Item item) {
        return new ProposalDiff.Element(item.id(), item.type(), item.name(), item.attributes().entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).toList());
    }
}
