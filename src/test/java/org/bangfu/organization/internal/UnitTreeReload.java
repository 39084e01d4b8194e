package org.bangfu.organization.internal;

import org.springframework.context.ApplicationContext;

/**
 * For bulk loaders in tests and benchmarks (the province generator): after units were written by SQL, the running
 * application's cached union tree is read again.
 */
public final class UnitTreeReload {

    private UnitTreeReload() {
    }

    public static void reload(ApplicationContext app) {
        app.getBean(JdbcOrganizationService.class).reload();
    }
}
