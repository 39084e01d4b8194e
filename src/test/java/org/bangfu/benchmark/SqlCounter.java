package org.bangfu.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Test-only: counts the SQL statements and transactions that reach the database, through a
 * {@link java.lang.reflect.Proxy} around the application's one {@link DataSource} (the engine and Bangfu share it),
 * installed by this bean post-processor. A statement is one execute call, or one entry of a JDBC batch (each is a
 * statement the server parses and runs, though a batch travels in one round trip). A transaction is one
 * {@code commit()} or {@code rollback()} on a connection, or one statement run in auto-commit mode.
 * Counting is global: read it while only the thread being measured works.
 */
final class SqlCounter implements BeanPostProcessor, Ordered {

    private static final Pattern LITERALS = Pattern.compile("'(?:[^']|'')*'|\\b\\d+\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FIRST_TABLE = Pattern.compile("\\b(?:from|into|update)\\s+([a-z_][a-z_0-9.]*)");

    final AtomicLong statements = new AtomicLong();
    final AtomicLong roundTrips = new AtomicLong();
    final AtomicLong transactions = new AtomicLong();
    final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
    volatile boolean recordText;
    /** When set, every statement and transaction end in order (one lifecycle's trace for the report). */
    volatile java.util.List<String> trace;
    private final ThreadLocal<Boolean> paused = ThreadLocal.withInitial(() -> false);

    /** Stops counting this thread's work (the benchmark's own checks) until {@link #resume}. */
    void pause() {
        paused.set(true);
    }

    void resume() {
        paused.set(false);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(dataSource, DataSource.class, dataSource);
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    void reset() {
        statements.set(0);
        roundTrips.set(0);
        transactions.set(0);
        bySql.clear();
    }

    private Object wrap(Object target, Class<?> fallback, DataSource root) {
        Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(target.getClass(), getClass().getClassLoader());
        if (interfaces.length == 0) {
            interfaces = new Class<?>[] {fallback};
        }
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args, root);
        return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
    }

    private Object invoke(Object target, Method method, Object[] args, DataSource root) throws Throwable {
        String name = method.getName();
        if (paused.get()) {
            // not counted
        } else if (target instanceof Statement statement) {
            counted(statement, name, args);
        } else if (target instanceof Connection && (name.equals("commit") || name.equals("rollback"))
                && (args == null || args.length == 0)) {
            transactions.incrementAndGet();
            traced("-- " + name.toUpperCase(Locale.ROOT));
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof Connection connection && name.equals("getConnection")) {
            return wrap(connection, Connection.class, root);
        }
        if (result instanceof Statement statement && target instanceof Connection) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return wrapStatement(statement, sql);
        }
        return result;
    }

    /** The statement's own SQL (prepared) travels with its proxy; plain statements pass it to execute. */
    private final Map<Statement, String> prepared = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Object wrapStatement(Statement statement, String sql) {
        if (sql != null) {
            prepared.put(statement, sql);
        }
        return wrap(statement, Statement.class, null);
    }

    private void counted(Statement statement, String name, Object[] args) throws Exception {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared.get(statement);
        switch (name) {
            case "addBatch" -> record(sql, 1);
            case "executeBatch", "executeLargeBatch" -> roundTrips.incrementAndGet();
            case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                record(sql, 1);
                roundTrips.incrementAndGet();
                if (statement.getConnection().getAutoCommit()) {
                    transactions.incrementAndGet();
                    traced("-- (auto-commit)");
                }
            }
            default -> {
            }
        }
    }

    private void record(String sql, int n) {
        statements.addAndGet(n);
        if (recordText && sql != null) {
            bySql.computeIfAbsent(normalize(sql), k -> new LongAdder()).add(n);
        }
        if (sql != null) {
            traced(normalize(sql));
        }
    }

    private void traced(String line) {
        java.util.List<String> lines = trace;
        if (lines != null) {
            lines.add(line.length() > 110 ? line.substring(0, 110) : line);
        }
    }

    static String normalize(String sql) {
        String text = SPACES.matcher(LITERALS.matcher(sql).replaceAll("?")).replaceAll(" ").trim();
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    /** The table a statement is about: after FROM, INTO or UPDATE (the first one named). */
    static String table(String normalized) {
        String lower = normalized.toLowerCase(Locale.ROOT);
        Matcher m = FIRST_TABLE.matcher(lower);
        return m.find() ? m.group(1) : lower.split(" ")[0];
    }

    /** The recorded statements by normalized SQL, most frequent first. */
    Map<String, Long> topSql(int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        bySql.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(limit).forEach(e -> top.put(e.getKey(), e.getValue().sum()));
        return top;
    }

    /** The recorded statements by table and kind (select, insert, update, delete), most frequent first. */
    Map<String, Long> byTable() {
        Map<String, Long> tables = new ConcurrentHashMap<>();
        bySql.forEach((sql, n) -> tables.merge(sql.split(" ")[0].toLowerCase(Locale.ROOT) + " " + table(sql),
                n.sum(), Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        tables.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
