package org.bangfu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays behind workflow; Vaadin stays in ui packages and the shell. */
@AnalyzeClasses(packages = "org.bangfu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule camundaOnlyBehindWorkflow = noClasses()
            .that().resideOutsideOfPackage("org.bangfu.workflow..")
            .and().doNotHaveFullyQualifiedName("org.bangfu.BangfuApplication")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule vaadinOnlyInUiAndShell = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.bangfu.shell..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnScreens = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.bangfu.shell..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    /** Decrypted payee accounts reach only the modules that pay (funds, campaign) and their owner. */
    @ArchTest
    static final ArchRule payeeAccountsOnlyForThePayingModules = noClasses()
            .that().resideOutsideOfPackages("org.bangfu.identification..", "org.bangfu.funds.internal..",
                    "org.bangfu.campaign.internal..")
            .should().dependOnClassesThat().areAssignableTo(org.bangfu.identification.payee.Payees.class);
}
