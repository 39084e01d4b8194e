package org.bangfu.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the engine remembers of a subject's processes, for the screens that show a case's history and diagram. */
@Service
public class ProcessHistory {

    private final HistoryService history;
    private final RepositoryService repository;

    ProcessHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** One step of a process instance: its BPMN id and type, when it started and ended (null: open), who did it. */
    public record Step(String activityId, String activityType, Instant start, Instant end, String assignee) {
    }

    /** One process instance of the subject, with its steps in the order they ran. */
    public record Trail(String definitionId, String definitionKey, List<Step> steps) {
    }

    /** Every process instance of the subject (business key), oldest first. */
    @Transactional(readOnly = true)
    public List<Trail> trails(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().asc().list().stream()
                .map(instance -> new Trail(instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
                        steps(instance)))
                .toList();
    }

    /** The model of the subject's latest process instance among those keys. */
    @Transactional(readOnly = true)
    public Optional<String> latestDefinitionId(String businessKey, Collection<String> processKeys) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(processKeys.toArray(String[]::new)).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().map(HistoricProcessInstance::getProcessDefinitionId);
    }

    /** The BPMN XML of a deployed process definition, for the diagram viewer. */
    public String processXml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Step> steps(HistoricProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(ProcessHistory::step).toList();
    }

    private static Step step(HistoricActivityInstance a) {
        return new Step(a.getActivityId(), a.getActivityType(), a.getStartTime().toInstant(),
                a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.getAssignee());
    }
}
