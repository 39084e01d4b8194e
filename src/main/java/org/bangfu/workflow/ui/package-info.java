/** The workflow's screens and the components other screens use: the case diagram from the engine. */
@org.springframework.modulith.NamedInterface("ui")
package org.bangfu.workflow.ui;
