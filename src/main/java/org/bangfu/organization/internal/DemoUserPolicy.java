package org.bangfu.organization.internal;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Whether Bangfu may create the demo users (all with the published password {@code demo1234}): only on the
 * zero-setup default (H2 file database, no profile), and there only while {@code bangfu.demo-data} is true. With the
 * {@code postgres} profile, the production set-up, never, whatever {@code bangfu.demo-data} says; demo users left from
 * an earlier demo installation that still have the demo password are disabled there instead.
 */
record DemoUserPolicy(boolean production, boolean demoDataWanted) {

    static final String PRODUCTION_PROFILE = "postgres";

    static DemoUserPolicy of(Environment environment) {
        return new DemoUserPolicy(environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE)),
                environment.getProperty("bangfu.demo-data", Boolean.class, true));
    }

    boolean createDemoUsers() {
        return !production && demoDataWanted;
    }

    boolean disableLeftoverDemoUsers() {
        return production;
    }
}
