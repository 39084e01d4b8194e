/**
 * The application shell: main layout with the role-dependent menu (built from {@code @Menu} annotations), login,
 * language switch, security configuration and small shared UI helpers. It imports no feature module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "shared"})
package org.bangfu.shell;
