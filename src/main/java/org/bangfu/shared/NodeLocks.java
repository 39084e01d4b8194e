package org.bangfu.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Locks between Bangfu nodes on one PostgreSQL database (docs/operations.md, "Two nodes"): PostgreSQL advisory locks
 * in a namespace of Bangfu's own, so no lock table, no lease and no clean-up: the database drops a lock when its
 * transaction ends or its connection goes, also when a node dies. On H2 (a file database that one node opens) every
 * lock is granted at once.
 * <ul>
 * <li>{@link #awaitInTransaction}: start-up work that is one transaction (demo data, the first administrator) waits
 * for the other node's and then sees what it wrote (held until commit or rollback).</li>
 * <li>{@link #tryExclusively}: a scheduled run of many transactions (the SLA sweep, event retries, SMS notices) is
 * skipped while the other node's run holds the lock (held on a connection of its own until the run ends).</li>
 * </ul>
 */
@Component
public class NodeLocks {

    /** Start-up work of one transaction each (demo data, the first administrator, payment outcomes left over). */
    public static final String START_UP = "start-up";

    /** The first key of every Bangfu advisory lock (two-int form); the second is the hash of the lock's name. */
    static final int NAMESPACE = 0x62616e67; // "bang"

    static final String AWAIT_IN_TRANSACTION = "SELECT pg_advisory_xact_lock(" + NAMESPACE + ", hashtext(:name))";
    static final String TRY_LOCK = "SELECT pg_try_advisory_lock(" + NAMESPACE + ", hashtext(?))";
    static final String UNLOCK = "SELECT pg_advisory_unlock(" + NAMESPACE + ", hashtext(?))";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Boolean postgres;

    NodeLocks(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other node holds the lock of this name, and holds it until the current transaction ends. Call
     * it first in the transaction, so that everything it reads afterwards includes the other node's committed work.
     */
    public void awaitInTransaction(String name) {
        // outside a transaction there is nothing to hold it for (a direct call of the bean's target, in a test)
        if (TransactionSynchronizationManager.isActualTransactionActive() && postgres()) {
            jdbc.sql(AWAIT_IN_TRANSACTION).param("name", name).query().listOfRows();
        }
    }

    /**
     * Runs the work if no other node holds the lock of this name, holding it (on a connection of its own, outside
     * the work's transactions) until the work returns; answers false, without running it, when the lock is held.
     */
    public boolean tryExclusively(String name, Runnable work) {
        if (!postgres()) {
            work.run();
            return true;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                if (!call(connection, TRY_LOCK, name)) {
                    return false;
                }
                try {
                    work.run();
                    return true;
                } finally {
                    call(connection, UNLOCK, name);
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("node lock " + name, e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("database product", e);
            }
            postgres = known;
        }
        return known;
    }
}
