package org.bangfu.funds.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.funds.LedgerEntry;
import org.bangfu.funds.LedgerFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger search of {@link JdbcFundService#ledger(LedgerFilter, org.bangfu.organization.CurrentUser, int)}: one
 * fixed statement and, for each field of the filter that is set, one fixed fragment. No transaction of its own: the
 * fund service's.
 */
@Component
class LedgerSearch {

    /** The ledger search: this, then only the fixed fragments below for the filter's fields, then the order. */
    static final String SEARCH_LEDGER = """
            SELECT l.* FROM fund_ledger l JOIN org_unit u ON u.id = l.unit_id
            JOIN fund_allocation a ON a.id = l.allocation_id WHERE u.path LIKE :subtree""";
    static final String AND_FUND_YEAR = " AND a.fund_year = :fundYear";
    static final String AND_SOURCE = " AND l.source = :source";
    static final String AND_ENTRY_TYPE = " AND l.entry_type = :entryType";
    static final String AND_UNIT = " AND l.unit_id = :unitId";
    static final String AND_CASE_NO = " AND l.case_id IN (SELECT id FROM hardship_case WHERE case_no = :caseNo)";
    static final String AND_FROM = " AND l.occurred_at >= :from";
    static final String AND_UNTIL = " AND l.occurred_at < :until";
    static final String NEWEST_FIRST_LIMITED = " ORDER BY l.id DESC FETCH FIRST :limit ROWS ONLY";
    /** The ledger count: this, then the same fragments as the search. */
    static final String COUNT_LEDGER = """
            SELECT COUNT(*) FROM fund_ledger l JOIN org_unit u ON u.id = l.unit_id
            JOIN fund_allocation a ON a.id = l.allocation_id WHERE u.path LIKE :subtree""";
    static final String NEWEST_FIRST_PAGE = " ORDER BY l.id DESC LIMIT :limit OFFSET :offset";

    private final JdbcClient jdbc;
    private final Clock clock;

    LedgerSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest entries of the subtree ({@code path LIKE subtree}) that match the filter, at most {@code limit}. */
    List<LedgerEntry> search(LedgerFilter filter, String subtree, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = where(SEARCH_LEDGER, filter, subtree, params).append(NEWEST_FIRST_LIMITED);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(JdbcFundService::ledgerRow).list();
    }

    /** One page of the entries of the subtree that match the filter, newest first. */
    List<LedgerEntry> page(LedgerFilter filter, String subtree, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = where(SEARCH_LEDGER, filter, subtree, params).append(NEWEST_FIRST_PAGE);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(JdbcFundService::ledgerRow).list();
    }

    /** How many entries of the subtree match the filter. */
    int count(LedgerFilter filter, String subtree) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = where(COUNT_LEDGER, filter, subtree, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single().intValue();
    }

    /** The statement's head and the fixed fragments for the filter's fields; every value a named parameter. */
    private StringBuilder where(String head, LedgerFilter filter, String subtree, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(head);
        params.put("subtree", subtree);
        if (filter.fundYear() != null) {
            sql.append(AND_FUND_YEAR);
            params.put("fundYear", filter.fundYear());
        }
        if (filter.source() != null) {
            sql.append(AND_SOURCE);
            params.put("source", filter.source().name());
        }
        if (filter.type() != null) {
            sql.append(AND_ENTRY_TYPE);
            params.put("entryType", filter.type().name());
        }
        if (filter.unitId() != null) {
            sql.append(AND_UNIT);
            params.put("unitId", filter.unitId());
        }
        if (filter.caseNo() != null && !filter.caseNo().isBlank()) {
            sql.append(AND_CASE_NO);
            params.put("caseNo", filter.caseNo().trim());
        }
        if (filter.from() != null) {
            sql.append(AND_FROM);
            params.put("from", filter.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (filter.until() != null) {
            sql.append(AND_UNTIL);
            params.put("until", filter.until().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        return sql;
    }
}
