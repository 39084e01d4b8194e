package org.bangfu.keys.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the rotation walk on one background thread: after an administrator starts it, and again at start-up when a
 * rotation was left running (a restart resumes where the progress table says). Switched off with
 * {@code bangfu.scheduling.enabled=false}; tests step the walk themselves.
 */
@Component
class KeyRotationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationRunner.class);

    private final JdbcKeyRotation rotation;
    private final boolean enabled;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "key-rotation");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    KeyRotationRunner(JdbcKeyRotation rotation, @Value("${bangfu.scheduling.enabled:true}") boolean enabled) {
        this.rotation = rotation;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        if (rotation.running().isPresent()) {
            log.info("Resuming the key rotation left running");
            kick();
        }
    }

    @EventListener
    void on(KeyRotationStarted started) {
        kick();
    }

    void kick() {
        if (!enabled || !busy.compareAndSet(false, true)) {
            return;
        }
        thread.submit(() -> {
            try {
                long pages = 0;
                while (rotation.step()) {
                    pages++;
                }
                log.info("Key rotation walked {} pages", pages);
            } catch (RuntimeException e) {
                log.error("Key rotation stopped", e);
                rotation.fail(e);
            } finally {
                busy.set(false);
            }
        });
    }

    /** Published after a rotation's start commits. */
    record KeyRotationStarted(long rotationId) {
    }
}
