package org.bangfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.CaseJourney;
import org.bangfu.IntegrationTest;
import org.bangfu.Rest;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.bangfu.shared.ResultPage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inbox in the database: the inbox table follows the engine in its own transaction (create, claim, unclaim,
 * complete), the inbox is paged and counted in SQL with the jurisdiction and four-eyes filters, REST pages it with
 * a bounded size, and an existing database gets its rows from the engine's open tasks.
 */
class InboxTableTest extends IntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired WorkItems work;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired TaskItemBackfill backfill;

    CaseJourney journey;

    @BeforeEach
    void journey() {
        journey = new CaseJourney(context);
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void theTableFollowsTheTaskFromCreationToCompletion() {
        HardshipCase c = journey.fileDeep();
        Task review = journey.openTask(c, ProcessIds.TASK_FIRST_REVIEW);
        assertThat(row(review.getId(), "reference")).isEqualTo(c.caseNo());
        assertThat(row(review.getId(), "person")).isEqualTo(c.workerName());
        assertThat(groups(review.getId())).containsExactly("caseworker@410102001");
        assertThat(row(review.getId(), "assignee")).isNull();

        journey.claim(c, ProcessIds.TASK_FIRST_REVIEW, CaseJourney.CW);
        assertThat(row(review.getId(), "assignee")).isEqualTo(CaseJourney.CW);
        assertThat(work.myTasks(journey.user(CaseJourney.CW), c.caseNo()))
                .anyMatch(t -> t.taskId().equals(review.getId()));
        work.unclaim(review.getId(), journey.user(CaseJourney.CW));
        assertThat(row(review.getId(), "assignee")).isNull();

        journey.firstReview(c);
        assertThat(count(review.getId())).as("a completed task leaves the table").isZero();
        Task visit = journey.openTask(c, ProcessIds.TASK_HOME_VISIT);
        assertThat(count(visit.getId())).isOne();
    }

    @Test
    void theInboxIsPagedAndCountedInTheDatabaseWithinTheUsersSubtree() {
        List<HardshipCase> filed = List.of(journey.fileDeep(), journey.fileDeep(), journey.fileDeep());
        Set<String> ours = filed.stream().map(c -> journey.openTask(c, ProcessIds.TASK_FIRST_REVIEW).getId())
                .collect(Collectors.toSet());
        var cw = journey.user(CaseJourney.CW);
        TaskFilter reviews = new TaskFilter(TaskFilter.Scope.GROUP, false, ProcessIds.TASK_FIRST_REVIEW, null);
        int total = work.count(reviews, cw);
        assertThat(total).isGreaterThanOrEqualTo(3);
        // the engine's own answer for the same group and kind: the same tasks
        assertThat(total).isEqualTo((int) tasks.createTaskQuery().taskCandidateGroup("caseworker@410102001")
                .taskUnassigned().taskDefinitionKey(ProcessIds.TASK_FIRST_REVIEW).count());

        ResultPage<TaskItem> first = ResultPage.of(0, 2, (offset, limit) -> work.items(reviews, cw, offset, limit),
                () -> work.count(reviews, cw));
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(total);
        assertThat(first.hasMore()).isTrue();
        List<TaskItem> all = new java.util.ArrayList<>(first.items());
        for (int offset = 2; offset < total; offset += 2) {
            all.addAll(work.items(reviews, cw, offset, 2));
        }
        assertThat(all).extracting(TaskItem::taskId).doesNotHaveDuplicates().containsAll(ours);
        assertThat(all).extracting(TaskItem::due).isSortedAccordingTo(
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

        TaskFilter one = new TaskFilter(TaskFilter.Scope.ALL, false, null, filed.get(1).caseNo());
        assertThat(work.inbox(one, cw)).extracting(TaskItem::caseNo).containsExactly(filed.get(1).caseNo());
        assertThat(work.inbox(new TaskFilter(TaskFilter.Scope.ALL, false, null, "%"), cw))
                .as("the search text is taken literally").isEmpty();
        // another county's case worker sees none of them, in lists or counts
        var elsewhere = journey.user("cw_huiji");
        assertThat(work.inbox(new TaskFilter(TaskFilter.Scope.ALL, false, null, null), elsewhere))
                .noneMatch(t -> ours.contains(t.taskId()));
        assertThat(work.count(one, elsewhere)).isZero();
    }

    @Test
    void anAidApprovalShowsItsAmountAndGradeAndIsNotOfferedToWhoeverTookPartInTheCase() {
        HardshipCase c = journey.openFile();
        journey.requestAid(c, "1234.50");
        Task approve = journey.openTask(c, ProcessIds.TASK_APPROVE_AID);
        TaskItem item = work.groupTasks(journey.user(CaseJourney.APPROVER), c.caseNo()).stream()
                .filter(t -> t.taskId().equals(approve.getId())).findFirst().orElseThrow();
        assertThat(item.amount()).isEqualByComparingTo("1234.50");
        assertThat(item.grade()).isEqualTo("enum.Grade.DEEP");
        assertThat(item.badge()).isEqualTo("enum.Tier.COUNTY");
        assertThat(jdbc.sql("SELECT username FROM task_item_excluded WHERE task_id = ?").param(approve.getId())
                .query(String.class).list()).as("the case worker who filed and visited").contains(CaseJourney.CW);
    }

    @Test
    void restPagesTheInboxAndRefusesABadPageSize() throws Exception {
        journey.fileDeep();
        journey.fileDeep();
        Rest rest = new Rest(baseUrl());
        Rest.Reply reply = rest.get(CaseJourney.CW, "/api/tasks?scope=group&size=1&page=0");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("hasMore").asBoolean()).isTrue();
        Rest.Reply second = rest.get(CaseJourney.CW, "/api/tasks?scope=group&size=1&page=1");
        assertThat(second.json().get("items").get(0).get("taskId").asText())
                .isNotEqualTo(page.get("items").get(0).get("taskId").asText());

        Rest.Reply tooBig = rest.get(CaseJourney.CW, "/api/tasks?size=201");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).contains("application/problem+json");
        assertThat(tooBig.body()).contains("size");
        assertThat(rest.get(CaseJourney.CW, "/api/tasks?size=0").status()).isEqualTo(400);
        assertThat(rest.get(CaseJourney.CW, "/api/tasks?page=-1").status()).isEqualTo(400);
    }

    @Test
    void anExistingDatabaseGetsTheRowsOfItsOpenTasks() {
        HardshipCase c = journey.fileDeep();
        Task review = journey.openTask(c, ProcessIds.TASK_FIRST_REVIEW);
        jdbc.sql("DELETE FROM task_item_group WHERE task_id = ?").param(review.getId()).update();
        jdbc.sql("DELETE FROM task_item WHERE task_id = ?").param(review.getId()).update();
        assertThat(work.groupTasks(journey.user(CaseJourney.CW), c.caseNo()))
                .noneMatch(t -> t.taskId().equals(review.getId()));

        ProcessMigration.Result result = backfill.migrate();

        assertThat(result.migrated()).isPositive();
        assertThat(row(review.getId(), "reference")).isEqualTo(c.caseNo());
        assertThat(groups(review.getId())).containsExactly("caseworker@410102001");
        assertThat(work.groupTasks(journey.user(CaseJourney.CW), c.caseNo()))
                .anyMatch(t -> t.taskId().equals(review.getId()));
        assertThat(backfill.migrate().migrated()).as("running it again changes nothing").isZero();
    }

    private String row(String taskId, String column) {
        return jdbc.sql("SELECT " + column + " FROM task_item WHERE task_id = ?").param(taskId)
                .query(String.class).optional().orElse(null);
    }

    private long count(String taskId) {
        return jdbc.sql("SELECT COUNT(*) FROM task_item WHERE task_id = ?").param(taskId).query(Long.class).single();
    }

    private List<String> groups(String taskId) {
        return jdbc.sql("SELECT group_id FROM task_item_group WHERE task_id = ? ORDER BY group_id").param(taskId)
                .query(String.class).list();
    }
}
