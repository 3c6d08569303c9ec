package org.sightline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the MVC seams clean: a pure model, io free of views, views free of the app. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sightline");

    @Test
    void modelHasNoJavaFxAndNoOtherLayer() {
        noClasses().that().resideInAPackage("org.sightline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sightline.io..",
                        "org.sightline.view..", "org.sightline.controller..", "org.sightline.app..",
                        "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void ioDoesNotKnowViewsControllersOrTheApp() {
        noClasses().that().resideInAPackage("org.sightline.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sightline.view..",
                        "org.sightline.controller..", "org.sightline.app..")
                .check(CLASSES);
    }

    @Test
    void viewsAndControllersDoNotDependOnTheApp() {
        noClasses().that().resideInAnyPackage("org.sightline.view..", "org.sightline.controller..")
                .should().dependOnClassesThat().resideInAPackage("org.sightline.app..")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotDependOnViews() {
        noClasses().that().resideInAPackage("org.sightline.controller..")
                .should().dependOnClassesThat().resideInAPackage("org.sightline.view..")
                .check(CLASSES);
    }
}
