/**
 * Identification's form components that other modules' screens embed: the household editor and its member rows.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.bangfu.identification.ui;
