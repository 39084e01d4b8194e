package org.bangfu.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bangfu.organization.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Names from {@code app_user}, kept a few minutes per login name so that a grid of a hundred rows by the same few
 * people asks the database once per person. Bounded: the cache is emptied when it would hold more than
 * {@value #MAX_ENTRIES} names.
 */
@Service
class JdbcPeople implements People {

    static final int MAX_ENTRIES = 10_000;
    private static final Duration KEEP = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Known> names = new ConcurrentHashMap<>();

    JdbcPeople(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name(String username) {
        if (username == null || username.isBlank() || SYSTEM.equals(username)) {
            return username;
        }
        Instant now = Instant.now(clock);
        Known known = names.get(username);
        if (known == null || known.until().isBefore(now)) {
            String name = jdbc.sql("SELECT display_name FROM app_user WHERE username = :username")
                    .param("username", username).query(String.class).optional().orElse(username);
            if (names.size() >= MAX_ENTRIES) {
                names.clear();
            }
            known = new Known(name, now.plus(KEEP));
            names.put(username, known);
        }
        return known.name();
    }

    private record Known(String name, Instant until) {
    }
}
