package org.bangfu.workflow.guard;

import java.util.function.Supplier;

/** For tests that must put an older model (one the guard now refuses) on the engine, as a database upgrade finds it. */
public final class Unlinted {

    private Unlinted() {
    }

    public static <T> T deploy(Supplier<T> deployment) {
        return GuardDeployer.unlintedForTest(deployment);
    }
}
