package org.bangfu.statistics.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A statement assembled from fixed fragments of SQL (constants of the calling class), with its parameters bound by
 * name: the values never enter the text.
 */
final class QueryBuilder {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    /** Appends a fixed fragment on a line of its own. */
    QueryBuilder append(String fragment) {
        if (!sql.isEmpty()) {
            sql.append('\n');
        }
        sql.append(fragment);
        return this;
    }

    QueryBuilder bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(sql.toString()).params(params);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
