package org.bangfu.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.statistics.DrillRecord;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.internal.RowSources.Records;
import org.bangfu.statistics.internal.RowSources.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The computed rows of a form: one GROUP BY query per kind of record (recipients, aid payments, money arriving,
 * exits) over a unit scope and period, folded into rows by {@link RowSources}; and the records behind a row.
 * Reads other modules' tables and never writes them. SQL for PostgreSQL and H2 alike.
 */
@Component
class FormFigures {

    static final int DRILL_LIMIT = 5000;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final List<String> ALL_AID = List.of("LIVING", "MEDICAL", "EDUCATION", "TRAINING",
            "JOB_PLACEMENT", "LEGAL");

    /** A cash recipient counts once the bank paid it in the period; one given only goods, when visited in it. */
    static final String RECIPIENTS_FROM = """
            FROM campaign_recipient r JOIN org_unit u ON u.id = r.unit_id
            LEFT JOIN payment_record p ON p.id = r.payment_id
            WHERE ((r.cash > 0 AND p.status = 'PAID' AND p.paid_at >= :start AND p.paid_at < :end)
              OR (r.cash = 0 AND r.visited_on >= :from AND r.visited_on <= :to))""";
    /** Aid paid to files (not campaign lines); the payee's unit, or the file's for lines written before V9. */
    static final String AID_FROM = """
            FROM payment_record p LEFT JOIN hardship_case c ON c.id = p.case_id
            JOIN org_unit u ON u.id = COALESCE(p.payee_unit_id, c.unit_id)
            WHERE p.status = 'PAID' AND p.purpose IN ('AID', 'EMERGENCY', 'GRADUAL_EXIT') AND p.campaign_id IS NULL
              AND p.paid_at >= :start AND p.paid_at < :end""";
    /**
     * Money arriving in the subtree: ledger entries on allocations whose parent allocation (if any) lies outside
     * the subtree, so a pass-down inside the subtree is not counted again; corrections change what arrived.
     */
    static final String FUNDING_FROM = """
            FROM fund_ledger l JOIN fund_allocation a ON a.id = l.allocation_id
            JOIN org_unit u ON u.id = a.unit_id LEFT JOIN fund_allocation pa ON pa.id = a.parent_id
            LEFT JOIN org_unit pu ON pu.id = pa.unit_id
            WHERE l.entry_type IN ('ALLOCATION', 'CORRECTION_IN', 'CORRECTION_OUT')
              AND l.occurred_at >= :start AND l.occurred_at < :end AND u.path LIKE :subtree
              AND (pu.id IS NULL OR pu.path NOT LIKE :subtree)""";
    /** An exit counts when approved in the period; a relief (no approval step) when assessed in it. */
    static final String EXITS_FROM = """
            FROM exit_assessment e JOIN hardship_case c ON c.id = e.case_id
            JOIN org_unit u ON u.id = c.unit_id
            WHERE ((e.outcome = 'EXIT' AND e.decision = 'APPROVED' AND e.decided_at >= :start AND e.decided_at < :end)
              OR (e.outcome = 'RELIEVED' AND e.assessed_at >= :start AND e.assessed_at < :end))""";

    static final String GROUP_RECIPIENTS = "SELECT r.target AS v, COUNT(*) AS n, SUM(r.cash + r.goods_value) AS yuan";
    static final String BY_TARGET = "GROUP BY r.target";
    static final String GROUP_AID = "SELECT p.aid_type AS v, COUNT(*) AS n, SUM(p.amount) AS yuan";
    static final String BY_AID_TYPE = "GROUP BY p.aid_type";
    static final String GROUP_FUNDING = """
            SELECT a.source AS v, COUNT(*) AS n,
              SUM(CASE WHEN l.entry_type = 'CORRECTION_OUT' THEN -l.amount ELSE l.amount END) AS yuan""";
    static final String BY_SOURCE = "GROUP BY a.source";
    static final String GROUP_EXITS = "SELECT e.outcome AS o, c.grade AS v, e.route AS r, COUNT(*) AS n";
    static final String BY_OUTCOME_GRADE_ROUTE = "GROUP BY e.outcome, c.grade, e.route";

    static final String DRILL_RECIPIENTS = """
            SELECT 'RECIPIENT' AS kind, CAST(r.id AS VARCHAR(20)) AS k, r.name AS name, u.name AS unit_name,
              r.cash + r.goods_value AS amount, COALESCE(p.paid_at, r.registered_at) AS at""";
    static final String DRILL_AID = """
            SELECT 'PAYMENT' AS kind, p.idempotency_key AS k, COALESCE(c.case_no, p.payee_name) AS name,
              u.name AS unit_name, p.amount AS amount, p.paid_at AS at""";
    static final String DRILL_FUNDING = """
            SELECT l.entry_type AS kind, CAST(l.id AS VARCHAR(20)) AS k, a.source AS name,
              u.name AS unit_name, CASE WHEN l.entry_type = 'CORRECTION_OUT' THEN -l.amount
              ELSE l.amount END AS amount, l.occurred_at AS at""";
    static final String DRILL_EXITS = """
            SELECT e.outcome AS kind, c.case_no AS k, COALESCE(e.route, '-') AS name, u.name AS unit_name,
              CAST(NULL AS NUMERIC(14,2)) AS amount, COALESCE(e.decided_at, e.assessed_at) AS at""";
    static final String AND_OUTCOME = "AND e.outcome = :outcome";
    static final String NEWEST_FIRST = "ORDER BY at DESC, k FETCH FIRST " + DRILL_LIMIT + " ROWS ONLY";
    /** The drill-down paged over every leaf at once: the leaves' records joined by UNION (no duplicates). */
    static final String DRILL_PAGE_HEAD = "SELECT d.kind, d.k, d.name, d.unit_name, d.amount, d.at FROM (";
    static final String DRILL_COUNT_HEAD = "SELECT COUNT(*) FROM (";
    static final String DRILL_UNION = "UNION";
    static final String DRILL_PAGE_TAIL = ") d ORDER BY d.at DESC, d.k, d.kind, d.name "
            + "LIMIT :limit OFFSET :offset";
    static final String DRILL_COUNT_TAIL = ") d";

    private final JdbcClient jdbc;

    FormFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Group(String outcome, String value, String route, long count, BigDecimal yuan) {
    }

    /** The computed rows of the form (counts, and money in 万元 rounded half up from the yuan sums). */
    Map<String, BigDecimal> leaves(FormCode form, Scope scope) {
        Map<Records, List<Group>> groups = new HashMap<>();
        Map<String, Source> sources = RowSources.of(form);
        for (Records records : sources.values().stream().map(Source::records).distinct().toList()) {
            groups.put(records, groups(records, scope));
        }
        Map<String, BigDecimal> values = new HashMap<>();
        sources.forEach((row, source) -> {
            long count = 0;
            BigDecimal yuan = BigDecimal.ZERO;
            for (Group g : groups.get(source.records())) {
                if (source.outcome() != null && !source.outcome().equals(g.outcome())) {
                    continue;
                }
                String value = source.byRoute() ? g.route() : g.value();
                if (RowSources.takes(source, value, named(source))) {
                    count += g.count();
                    yuan = yuan.add(g.yuan());
                }
            }
            values.put(row, source.money() ? wanYuan(yuan) : BigDecimal.valueOf(count));
        });
        return values;
    }

    static BigDecimal wanYuan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    private static List<String> named(Source source) {
        return switch (source.records()) {
            case AID -> ALL_AID;
            case EXITS -> source.byRoute() ? RowSources.ROUTES : RowSources.GRADES;
            default -> List.of();
        };
    }

    private List<Group> groups(Records records, Scope scope) {
        return switch (records) {
            case RECIPIENTS -> scope.bindUnit(new QueryBuilder().append(GROUP_RECIPIENTS).append(RECIPIENTS_FROM)
                            .append(scope.unitCondition()).append(BY_TARGET)
                            .bind("start", scope.start()).bind("end", scope.end())
                            .bind("from", scope.from()).bind("to", scope.to())).on(jdbc)
                    .query((rs, n) -> new Group(null, rs.getString("v"), null, rs.getLong("n"),
                            rs.getBigDecimal("yuan"))).list();
            case AID -> scope.bindUnit(new QueryBuilder().append(GROUP_AID).append(AID_FROM)
                            .append(scope.unitCondition()).append(BY_AID_TYPE)
                            .bind("start", scope.start()).bind("end", scope.end())).on(jdbc)
                    .query((rs, n) -> new Group(null, rs.getString("v"), null, rs.getLong("n"),
                            rs.getBigDecimal("yuan"))).list();
            case FUNDING -> new QueryBuilder().append(GROUP_FUNDING).append(FUNDING_FROM).append(BY_SOURCE)
                            .bind("start", scope.start()).bind("end", scope.end())
                            .bind("subtree", scope.unit().path() + "%").on(jdbc)
                    .query((rs, n) -> new Group(null, rs.getString("v"), null, rs.getLong("n"),
                            rs.getBigDecimal("yuan"))).list();
            case EXITS -> scope.bindUnit(new QueryBuilder().append(GROUP_EXITS).append(EXITS_FROM)
                            .append(scope.unitCondition()).append(BY_OUTCOME_GRADE_ROUTE)
                            .bind("start", scope.start()).bind("end", scope.end())).on(jdbc)
                    .query((rs, n) -> new Group(rs.getString("o"), rs.getString("v"), rs.getString("r"),
                            rs.getLong("n"), BigDecimal.ZERO)).list();
        };
    }

    /** The records behind one computed row, at most {@link #DRILL_LIMIT}, newest first. */
    List<DrillRecord> drill(Source source, Scope scope) {
        QueryBuilder query = new QueryBuilder();
        records(query, source, scope, "");
        return query.append(NEWEST_FIRST).on(jdbc).query(FormFigures::drillRow).list();
    }

    /**
     * One page of the records behind several computed rows at once (each record once), newest first: the leaves'
     * statements joined by UNION, each leaf's own parameters numbered.
     */
    List<DrillRecord> drillPage(List<Source> sources, Scope scope, int offset, int limit) {
        if (sources.isEmpty()) {
            return List.of();
        }
        QueryBuilder query = union(DRILL_PAGE_HEAD, sources, scope).append(DRILL_PAGE_TAIL)
                .bind("limit", limit).bind("offset", offset);
        return query.on(jdbc).query(FormFigures::drillRow).list();
    }

    /** How many records {@link #drillPage} pages through. */
    int drillCount(List<Source> sources, Scope scope) {
        if (sources.isEmpty()) {
            return 0;
        }
        return union(DRILL_COUNT_HEAD, sources, scope).append(DRILL_COUNT_TAIL).on(jdbc).query(Long.class).single()
                .intValue();
    }

    private static QueryBuilder union(String head, List<Source> sources, Scope scope) {
        QueryBuilder query = new QueryBuilder().append(head);
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) {
                query.append(DRILL_UNION);
            }
            records(query, sources.get(i), scope, "_" + i);
        }
        return query;
    }

    /** The statement of one leaf's records, its own parameters (values, names, outcome) suffixed with {@code n}. */
    private static void records(QueryBuilder query, Source source, Scope scope, String n) {
        switch (source.records()) {
            case RECIPIENTS -> {
                scope.bindUnit(query.append(DRILL_RECIPIENTS).append(RECIPIENTS_FROM).append(scope.unitCondition())
                        .bind("start", scope.start()).bind("end", scope.end())
                        .bind("from", scope.from()).bind("to", scope.to()));
                in(query, "r.target", source, List.of(), n);
            }
            case AID -> {
                scope.bindUnit(query.append(DRILL_AID).append(AID_FROM).append(scope.unitCondition())
                        .bind("start", scope.start()).bind("end", scope.end()));
                in(query, "p.aid_type", source, ALL_AID, n);
            }
            case FUNDING -> {
                query.append(DRILL_FUNDING).append(FUNDING_FROM)
                        .bind("start", scope.start()).bind("end", scope.end())
                        .bind("subtree", scope.unit().path() + "%");
                in(query, "a.source", source, List.of(), n);
            }
            case EXITS -> {
                scope.bindUnit(query.append(DRILL_EXITS).append(EXITS_FROM).append(scope.unitCondition())
                        .append(AND_OUTCOME + n).bind("start", scope.start()).bind("end", scope.end())
                        .bind("outcome" + n, source.outcome()));
                if (source.byRoute()) {
                    in(query, "e.route", source, RowSources.ROUTES, n);
                } else {
                    in(query, "c.grade", source, RowSources.GRADES, n);
                }
            }
        }
    }

    private static DrillRecord drillRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DrillRecord(rs.getString("kind"), rs.getString("k"), rs.getString("name"),
                rs.getString("unit_name"), rs.getBigDecimal("amount"), rs.getObject("at", OffsetDateTime.class));
    }

    /**
     * {@code AND (column IN (:values) [OR column IS NULL OR column NOT IN (:named)])}, binding the lists; the column
     * is one of the fixed names above.
     */
    private static void in(QueryBuilder query, String column, Source source, List<String> named, String n) {
        List<String> values = source.values().stream().filter(v -> !RowSources.OTHER.equals(v)).toList();
        List<String> terms = new ArrayList<>();
        if (!values.isEmpty()) {
            terms.add(column + " IN (:values" + n + ")");
            query.bind("values" + n, values);
        }
        if (source.values().contains(RowSources.OTHER)) {
            terms.add(column + " IS NULL OR " + column + " NOT IN (:named" + n + ")");
            query.bind("named" + n, named);
        }
        query.append("AND (" + String.join(" OR ", terms) + ")");
    }
}
