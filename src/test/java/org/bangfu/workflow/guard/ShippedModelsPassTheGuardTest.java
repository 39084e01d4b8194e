package org.bangfu.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ShippedModelsPassTheGuardTest {

    @Test
    void everyModelInBpmnPassesTheGuard() throws IOException {
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            var files = models.toList();
            assertThat(files).isNotEmpty();
            for (Path model : files) {
                assertThat(new RuleBasedDeploymentGuard().check(
                        Map.of(model.getFileName().toString(), Files.readAllBytes(model))))
                        .as(model.toString()).isEmpty();
            }
        }
    }
}
