package com.targetmonitor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of DEVELOPERS.md: app → ui/cli → logic → persistence → model, and nothing back. */
@AnalyzeClasses(packages = "com.targetmonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("com.targetmonitor.model..")
            .layer("Persistence").definedBy("com.targetmonitor.persistence..")
            .layer("Logic").definedBy("com.targetmonitor.logic..")
            .layer("Ui").definedBy("com.targetmonitor.ui..")
            .layer("Cli").definedBy("com.targetmonitor.cli..")
            .layer("App").definedBy("com.targetmonitor.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Logic").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Logic", "Ui", "Cli", "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Persistence", "Logic", "Ui", "Cli", "App");

    @ArchTest
    static final ArchRule modelIsPlain = noClasses().that().resideInAPackage("com.targetmonitor.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.targetmonitor.persistence..",
                    "com.targetmonitor.logic..", "com.targetmonitor.ui..", "com.targetmonitor.cli..",
                    "com.targetmonitor.app..", "javafx..", "java.sql..", "org.apache.poi..", "org.sqlite..")
            .because("the model is plain records and the status maths");

    @ArchTest
    static final ArchRule onlyPersistenceUsesSql = noClasses().that()
            .resideOutsideOfPackage("com.targetmonitor.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.postgresql..")
            .because("persistence is the only place with SQL");

    @ArchTest
    static final ArchRule onlyExcelFeatureUsesPoi = noClasses().that()
            .resideOutsideOfPackages("com.targetmonitor.logic.excel..", "com.targetmonitor.logic.extract.read..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("only the Excel feature reads and writes workbooks, and the document reader reads .docx "
                    + "(docs/decisions: reading plan documents)");

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses().that()
            .resideInAnyPackage("com.targetmonitor.model..", "com.targetmonitor.persistence..",
                    "com.targetmonitor.logic..", "com.targetmonitor.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line must work without starting JavaFX");

    /**
     * The UI reads through logic query services (Session.queries(), the edit services), never
     * through persistence types. Still to move: the Excel import/export and workspace file screens
     * (ui.excel, ui.workspace), whose view models hand the Workspace to logic tasks.
     */
    @ArchTest
    static final ArchRule uiDoesNotUsePersistence = noClasses().that().resideInAPackage("com.targetmonitor.ui..")
            .and().resideOutsideOfPackages("com.targetmonitor.ui.excel..", "com.targetmonitor.ui.workspace..")
            .should().dependOnClassesThat().resideInAPackage("com.targetmonitor.persistence..")
            .because("views read through logic query services, never through persistence types (ADR 0001)");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels hold state and validation; Views own the Nodes");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("com.targetmonitor.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("com.targetmonitor.(*).(*)..")
            .should().beFreeOfCycles();
}
