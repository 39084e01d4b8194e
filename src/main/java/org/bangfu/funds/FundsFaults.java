package org.bangfu.funds;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Crash points between the steps of a payment, for the fault-injection tests: when a step is armed, the next time
 * that step has done its work (inside its transaction) it throws, as if the application died before the commit.
 * Never armed in production; arming is a test's business only.
 */
@Component
public class FundsFaults {

    /** The steps of a payment, in order. */
    public enum Step {
        APPROVE, GATHER, RELEASE, EXPORT, IMPORT, SIGNAL
    }

    /** The simulated crash. */
    public static final class InjectedFault extends RuntimeException {
        InjectedFault(Step step) {
            super("injected fault after " + step);
        }
    }

    private final AtomicReference<Step> armed = new AtomicReference<>();

    /** The next completion of {@code step} fails once. */
    public void arm(Step step) {
        armed.set(step);
    }

    public void disarm() {
        armed.set(null);
    }

    /** Called by each step when its work is done, before its transaction commits. */
    public void after(Step step) {
        if (armed.compareAndSet(step, null)) {
            throw new InjectedFault(step);
        }
    }
}
