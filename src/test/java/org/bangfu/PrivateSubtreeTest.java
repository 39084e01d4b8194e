package org.bangfu;

import org.bangfu.dashboard.DashboardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test on a private subtree of its own ({@link DashboardFixture}: units, users, files, money, a campaign), so its
 * counts and pages see only its own rows; the fixture's clock is reset afterwards.
 */
public abstract class PrivateSubtreeTest extends IntegrationTest {

    @Autowired
    protected JdbcClient jdbc;

    protected DashboardFixture fx;

    @BeforeEach
    void privateSubtree() {
        fx = new DashboardFixture(jdbc, organization);
    }

    @AfterEach
    void resetFixtureClock() {
        DashboardFixture.resetClock();
    }
}
