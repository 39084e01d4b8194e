package org.bangfu.keys.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class KeyRotationRunnerTest {

    @Test
    void aRotationLeftRunningIsResumedAtStartUpAndWalkedToTheEndInTheBackground() {
        JdbcKeyRotation rotation = mock(JdbcKeyRotation.class);
        when(rotation.running()).thenReturn(Optional.of(7L));
        when(rotation.step()).thenReturn(true, true, false);
        new KeyRotationRunner(rotation, true).resume();
        verify(rotation, timeout(5000).times(3)).step();
        verify(rotation, never()).fail(any());
    }

    @Test
    void aRotationThatCannotGoOnIsMarkedFailedWithItsReason() {
        JdbcKeyRotation rotation = mock(JdbcKeyRotation.class);
        IllegalStateException missingKey = new IllegalStateException("key 1 is not configured");
        when(rotation.step()).thenReturn(true).thenThrow(missingKey);
        new KeyRotationRunner(rotation, true).on(new KeyRotationRunner.KeyRotationStarted(7));
        verify(rotation, timeout(5000)).fail(missingKey);
    }

    @Test
    void withBackgroundWorkSwitchedOffNothingRunsByItself() throws InterruptedException {
        JdbcKeyRotation rotation = mock(JdbcKeyRotation.class);
        when(rotation.running()).thenReturn(Optional.of(7L));
        new KeyRotationRunner(rotation, false).resume();
        Thread.sleep(200);
        verify(rotation, times(0)).step();
    }
}
