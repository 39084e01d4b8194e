package org.bangfu.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bangfu.campaign.process.CampaignGroups;

import org.junit.jupiter.api.Test;

class GuardRulesTest {

    @Test
    void theProcessStepAllowListIsExactlyTheDelegatesOfTheProcessPackage() throws IOException {
        // the case processes' delegates (@Component) and the features' ProcessStep beans (@Bean), wherever declared
        Pattern step = Pattern.compile("@(?:Component|Bean)\\(\"(\\w+Delegate)\"\\)");
        Set<String> delegates;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/bangfu"))) {
            delegates = sources.filter(p -> p.toString().endsWith(".java")).flatMap(source -> {
                try {
                    Matcher m = step.matcher(Files.readString(source));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
        assertThat(GuardRules.DELEGATE_BEANS).containsExactlyInAnyOrderElementsOf(delegates);
    }

    @Test
    void everyAllowListedMethodExistsOnItsBeanAndHandsOutNoBeanOrService() {
        Map<String, Class<?>> beans = Map.of("sla", org.bangfu.workflow.SlaExpressions.class, "campaignGroups", CampaignGroups.class);
        assertThat(beans.keySet()).isEqualTo(GuardRules.EXPRESSION_BEANS.keySet());
        GuardRules.EXPRESSION_BEANS.forEach((bean, methods) -> {
            for (String name : methods) {
                Method[] found = Arrays.stream(beans.get(bean).getMethods())
                        .filter(m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers()))
                        .toArray(Method[]::new);
                assertThat(found).as(bean + "." + name).isNotEmpty();
                for (Method m : found) {
                    assertThat(m.getReturnType().getPackageName()).as(bean + "." + name)
                            .isIn("java.lang", "java.util", "java.time");
                }
            }
        });
    }

    @Test
    void literalCandidateGroupsAreTheTaskRolesAtAUnit() {
        assertThat(GuardRules.isLiteralCandidateGroup("caseworker@GZ01")).isTrue();
        assertThat(GuardRules.isLiteralCandidateGroup("finance@GZ01")).isTrue();
        assertThat(GuardRules.isLiteralCandidateGroup("admin@GZ01")).isFalse();
        assertThat(GuardRules.isLiteralCandidateGroup("approver@")).isFalse();
        assertThat(GuardRules.isLiteralCandidateGroup("approver@a b")).isFalse();
    }
}
