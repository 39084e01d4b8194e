/**
 * The union tree (province, city, county, grass-roots and industry unions), the people who work in it and their
 * roles, and jurisdiction: a user acts for one unit and may see and act on that unit and everything below it. Task
 * routing uses candidate groups named {@code role@unitCode}, derived here from a user's unit and roles, so that no
 * engine group per user per unit is ever created.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.bangfu.organization;
