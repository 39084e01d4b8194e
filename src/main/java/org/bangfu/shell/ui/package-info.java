/**
 * Small UI helpers the screens of every module share: enum pickers, yes/no choices, read-only label-value pairs,
 * the error line of something that is not an input field.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.bangfu.shell.ui;
