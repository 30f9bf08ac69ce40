package vn.bacson.khenthuong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The package rules of docs/architecture.md and STYLE.md, held against the production classes. */
@AnalyzeClasses(packages = "vn.bacson.khenthuong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Only the process glue talks to the engine, so a move to a maintained fork stays a local change. */
    @ArchTest
    static final ArchRule onlyProcessGlueImportsTheEngine = noClasses()
            .that()
            .resideOutsideOfPackages("..review..", "..tasklist..", "..identity..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("only review, tasklist and identity may import org.camunda..");

    @ArchTest
    static final ArchRule noFieldInjection =
            fields().should().notBeAnnotatedWith(Autowired.class).because("dependencies come through constructors");

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule oneErrorMapping = classes()
            .that()
            .areAnnotatedWith(RestControllerAdvice.class)
            .should()
            .haveSimpleName("ProblemAdvice")
            .because("one @RestControllerAdvice maps every exception to problem+json");

    @ArchTest
    static final ArchRule delegatesAreNamedAndPlaced = classes()
            .that()
            .implement("org.camunda.bpm.engine.delegate.JavaDelegate")
            .should()
            .haveSimpleNameEndingWith("Delegate")
            .andShould()
            .resideInAPackage("..review..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnTheWeb = noClasses()
            .that()
            .resideInAnyPackage(
                    "..campaign..",
                    "..dossier..",
                    "..criteria..",
                    "..calendar..",
                    "..unit..",
                    "..notification..",
                    "..decision..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.bacson.khenthuong.web..");
}
