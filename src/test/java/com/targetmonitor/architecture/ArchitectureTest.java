package com.targetmonitor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import javafx.scene.control.ButtonType;

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
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Logic", "Cli", "App")
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

    /** The UI reads and writes through logic services (Session.queries(), the edit, import and file services). */
    @ArchTest
    static final ArchRule uiDoesNotUsePersistence = noClasses().that().resideInAPackage("com.targetmonitor.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.targetmonitor.persistence..")
            .because("views read through logic query services, never through persistence types (ADR 0001)");

    /**
     * Stricter than the dependency rule, which does not see a persistence object passed along without
     * being named (session.workspace() handed to a logic method): the UI calls nothing that gives one.
     */
    @ArchTest
    static final ArchRule uiIsNeverHandedPersistence = classes().that().resideInAPackage("com.targetmonitor.ui..")
            .should(neverCallCodeReturning("com.targetmonitor.persistence"))
            .because("a persistence object in the UI is a persistence type in the UI, named or not (ADR 0001)");

    /**
     * ViewModels that reach the workspace (through the session or the window state) are built in the
     * one composition root; form ViewModels made per dialog from plain values are not.
     */
    @ArchTest
    static final ArchRule workspaceViewModelsBuiltInApp = classes().that()
            .resideOutsideOfPackage("com.targetmonitor.app..")
            .should(neverConstructViewModelsTaking("com.targetmonitor.logic.workspace.Session",
                    "com.targetmonitor.ui.state.WindowState"))
            .because("every ViewModel with access to the workspace is built in app (ADR 0001)");

    /** JavaFX's ButtonType.OK and friends speak the system's language; ui.dialog.DialogButtons the app's. */
    @ArchTest
    static final ArchRule dialogButtonsInTheAppsLanguage = noClasses().that().doNotHaveSimpleName("DialogButtons")
            .should().getField(ButtonType.class, "OK").orShould().getField(ButtonType.class, "CANCEL")
            .orShould().getField(ButtonType.class, "YES").orShould().getField(ButtonType.class, "NO")
            .orShould().getField(ButtonType.class, "CLOSE").orShould().getField(ButtonType.class, "APPLY")
            .orShould().getField(ButtonType.class, "FINISH").orShould().getField(ButtonType.class, "NEXT")
            .orShould().getField(ButtonType.class, "PREVIOUS")
            .because("dialog buttons are in the application's language, not the system's");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels hold state and validation; Views own the Nodes");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("com.targetmonitor.(*)..").should().beFreeOfCycles();

    private static ArchCondition<JavaClass> neverCallCodeReturning(String packagePrefix) {
        return new ArchCondition<>("never call code returning a type of " + packagePrefix) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    JavaClass returned = call.getTarget().getRawReturnType();
                    if (returned.getPackageName().startsWith(packagePrefix)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription() + " returns "
                                + returned.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> neverConstructViewModelsTaking(String... parameterTypes) {
        return new ArchCondition<>("never construct a ViewModel taking " + String.join(" or ", parameterTypes)) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaConstructorCall call : item.getConstructorCallsFromSelf()) {
                    boolean viewModel = call.getTargetOwner().getSimpleName().endsWith("ViewModel")
                            && !call.getTargetOwner().equals(item); // a constructor handing on to another
                    boolean reachesWorkspace = call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(t -> java.util.Arrays.asList(parameterTypes).contains(t.getName()));
                    if (viewModel && reachesWorkspace) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("com.targetmonitor.(*).(*)..")
            .should().beFreeOfCycles();
}
