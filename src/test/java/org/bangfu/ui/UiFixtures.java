package org.bangfu.ui;

import org.bangfu.CaseJourney;
import org.springframework.context.ApplicationContext;

/**
 * The screen tests' handle on {@link CaseJourney}, the fixture the process tests use too: it moves cases along their
 * processes through the services, as the screens would, so that a screen test can start at the step it is about.
 */
final class UiFixtures extends CaseJourney {

    UiFixtures(ApplicationContext context) {
        super(context);
    }
}
