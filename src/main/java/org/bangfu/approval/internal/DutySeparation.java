package org.bangfu.approval.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.approval.ApprovalStep;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.Subject;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Separation of duties in one place: who touched a piece of work, read from Bangfu's own records, and the refusal
 * when one of them would approve it. The case as a whole: whoever filed, first-reviewed, home-visited, followed up
 * with a visit, revised the returned file, completed the temporary file, supplied data (means check, income,
 * attachments) or assessed the exit ({@code case_participant}, written by the modules that record that work). One aid
 * or emergency request besides: who requested or revised it ({@code aid_request_participant}) and who decided an
 * earlier tier of the current round. The rule table is docs/security/separation-of-duties.md.
 */
@Component
class DutySeparation {

    static final String REFUSAL = "error.duties.touchedWork";

    static final String LIST_REQUEST_PARTICIPANTS = """
            SELECT username FROM aid_request_participant WHERE aid_request_id = :requestId""";
    static final String LIST_REQUESTERS = """
            SELECT id, case_id, requested_by FROM aid_request WHERE id IN (:ids)""";
    static final String LIST_PARTICIPANTS_OF_REQUESTS = """
            SELECT aid_request_id, username FROM aid_request_participant WHERE aid_request_id IN (:ids)""";
    static final String LIST_DECIDERS_OF_REQUESTS = """
            SELECT subject_id, outcome, decided_by FROM approval_step
            WHERE subject = :subject AND subject_id IN (:ids) ORDER BY id""";
    static final String COUNT_REQUEST_PARTICIPATION = """
            SELECT COUNT(*) FROM aid_request_participant
            WHERE aid_request_id = :requestId AND username = :username AND part = :part""";
    static final String INSERT_REQUEST_PARTICIPATION = """
            INSERT INTO aid_request_participant (aid_request_id, username, part) VALUES (:requestId, :username, :part)""";

    private final JdbcClient jdbc;
    private final IdentificationService files;

    DutySeparation(JdbcClient jdbc, IdentificationService files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** Who touched the case (and so every application of it). */
    Set<String> touchedCase(long caseId) {
        return files.participants(caseId);
    }

    /** Who touched one aid request: the case's people, its requester and revisers, earlier tiers of this round. */
    Set<String> touchedAidRequest(long caseId, long requestId, String requestedBy, List<ApprovalStep> currentRound) {
        Set<String> touched = new LinkedHashSet<>(touchedCase(caseId));
        touched.add(requestedBy);
        touched.addAll(jdbc.sql(LIST_REQUEST_PARTICIPANTS)
                .param("requestId", requestId).query(String.class).list());
        currentRound.stream().filter(s -> s.outcome() == Outcome.APPROVED).map(ApprovalStep::decidedBy)
                .forEach(touched::add);
        return touched;
    }

    /**
     * {@link #touchedAidRequest} of many requests in three queries, for the inbox: the request rows (case, requester),
     * their participants and their approval steps (the current round is what follows the last return).
     */
    Map<Long, Set<String>> touchedAidRequests(Collection<Long> requestIds) {
        Map<Long, Set<String>> touched = new HashMap<>();
        if (requestIds.isEmpty()) {
            return touched;
        }
        Map<Long, Long> caseOf = new HashMap<>();
        jdbc.sql(LIST_REQUESTERS)
                .param("ids", List.copyOf(requestIds))
                .query((rs, n) -> {
                    caseOf.put(rs.getLong(1), rs.getLong(2));
                    return touched.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(3));
                }).list();
        Map<Long, Set<String>> ofCases = files.participants(caseOf.values());
        caseOf.forEach((request, caseId) -> touched.get(request).addAll(ofCases.getOrDefault(caseId, Set.of())));
        jdbc.sql(LIST_PARTICIPANTS_OF_REQUESTS)
                .param("ids", List.copyOf(requestIds))
                .query((rs, n) -> touched.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                        .add(rs.getString(2))).list();
        Map<Long, List<String>> round = new HashMap<>();
        jdbc.sql(LIST_DECIDERS_OF_REQUESTS)
                .param("subject", Subject.AID.name()).param("ids", List.copyOf(requestIds))
                .query((rs, n) -> {
                    List<String> deciders = round.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    if (Outcome.RETURNED.name().equals(rs.getString(2))) {
                        deciders.clear();
                    } else if (Outcome.APPROVED.name().equals(rs.getString(2))) {
                        deciders.add(rs.getString(3));
                    }
                    return deciders;
                }).list();
        round.forEach((request, deciders) -> touched.computeIfAbsent(request, k -> new LinkedHashSet<>())
                .addAll(deciders));
        return touched;
    }

    void recordOnAidRequest(long requestId, String username, String part) {
        boolean known = jdbc.sql(COUNT_REQUEST_PARTICIPATION)
                .param("requestId", requestId).param("username", username).param("part", part).query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql(INSERT_REQUEST_PARTICIPATION)
                    .param("requestId", requestId).param("username", username).param("part", part).update();
        }
    }

    /** Refuses the approver who touched the work; the message names what they did in general terms only. */
    static void requireUntouched(Set<String> touched, CurrentUser approver) {
        if (touched.contains(approver.username())) {
            throw new ForbiddenException(REFUSAL);
        }
    }
}
