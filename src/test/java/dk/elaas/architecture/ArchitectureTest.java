package dk.elaas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape STYLE.md asks for, kept by tests rather than by review. */
@AnalyzeClasses(packages = "dk.elaas", importOptions = ArchitectureTest.ProductionClassesOnly.class)
class ArchitectureTest {

    /** ArchUnit's own option only knows {@code target/test-classes}; builds may use another folder (-Dbuild.dir). */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("dk.elaas.(*)..")
            .should().beFreeOfCycles()
            .because("features depend on each other in one direction only; cycles make them impossible to change alone");

    @ArchTest
    static final ArchRule javafxOnlyInUiShellAndApp = noClasses()
            .that().resideOutsideOfPackages("..ui..", "dk.elaas.shell..", "dk.elaas.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("services and domain run headless, in tests, the CLI and later on a server");

    @ArchTest
    static final ArchRule serverNeverTouchesTheDesktop = noClasses()
            .that().resideInAPackage("dk.elaas.server..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..", "dk.elaas.app..", "dk.elaas.shell..",
                    "org.controlsfx..", "atlantafx..")
            .because("elaas server runs headless on a server with no JavaFX at all (issue 14)");

    @ArchTest
    static final ArchRule onlyIdentityReadsTokens = noClasses()
            .that().resideOutsideOfPackages("dk.elaas.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("com.nimbusds.jose.proc..", "com.nimbusds.jwt.proc..")
            .because("identity/ is the only place that validates tokens and maps claims to roles");

    @ArchTest
    static final ArchRule noPersistenceInUi = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..")
            .because("views and view models get records from services, never managed entities or sessions");

    @ArchTest
    static final ArchRule pdfboxOnlyInDocument = noClasses()
            .that().resideOutsideOfPackage("dk.elaas.document..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("PDF handling lives in one place");

    @ArchTest
    static final ArchRule tess4jOnlyInOcr = noClasses()
            .that().resideOutsideOfPackage("dk.elaas.ocr..")
            .should().dependOnClassesThat().resideInAPackage("net.sourceforge.tess4j..")
            .because("Tess4J can kill the JVM when misconfigured; one guarded wrapper calls it");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoOtherFeaturesUi = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().resideInAPackage("dk.elaas..")
            .and().resideOutsideOfPackages("dk.elaas.app..", "dk.elaas.shell..")
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                    "not use another feature's ui package") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    String own = feature(item.getPackageName());
                    for (var dep : item.getDirectDependenciesFromSelf()) {
                        String target = dep.getTargetClass().getPackageName();
                        if (target.startsWith("dk.elaas.") && target.contains(".ui")
                                && !feature(target).equals(own) && !target.startsWith("dk.elaas.common.ui")
                                && !target.equals("dk.elaas.mail.ui")) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dep, dep.getDescription()));
                        }
                    }
                }
            })
            .because("a feature exposes its service and records; its views are its own business (the mail list of"
                    + " mail.ui is shared: mail has no screen of its own, consents and cases show their mails)");

    private static String feature(String packageName) {
        String rest = packageName.substring("dk.elaas.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ArchTest
    static final ArchRule noStandardStreamsOrStackTraces = noClasses()
            .that().resideOutsideOfPackages("dk.elaas.app..", "..cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("failures are logged and shown, never printed and lost");
}
