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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.bacson.khenthuong.web.PageController;

/** The package rules of docs/architecture.md and STYLE.md, held against the production classes. */
@AnalyzeClasses(packages = "vn.bacson.khenthuong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Only the process glue talks to the engine, so a move to a maintained fork stays a local change. */
    @ArchTest
    static final ArchRule onlyProcessGlueImportsTheEngine = noClasses()
            .that()
            .resideOutsideOfPackages("..process..", "..tasklist..", "..identity..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("only process, tasklist and identity may import org.camunda..");

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
            .resideInAPackage("..process..");

    /** The pages of a feature (its sub-package web) use the shared web infrastructure; its API does not. */
    @ArchTest
    static final ArchRule featureApisDoNotDependOnTheWeb = noClasses()
            .that()
            .resideInAnyPackage(
                    "vn.bacson.khenthuong.campaign",
                    "vn.bacson.khenthuong.dossier",
                    "vn.bacson.khenthuong.criteria",
                    "vn.bacson.khenthuong.calendar",
                    "vn.bacson.khenthuong.unit",
                    "vn.bacson.khenthuong.notification",
                    "vn.bacson.khenthuong.decision",
                    "vn.bacson.khenthuong.council",
                    "vn.bacson.khenthuong.documents",
                    "vn.bacson.khenthuong.posting",
                    "vn.bacson.khenthuong.signature",
                    "vn.bacson.khenthuong.tasklist",
                    "vn.bacson.khenthuong.process",
                    "vn.bacson.khenthuong.steps",
                    "vn.bacson.khenthuong.stage")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.bacson.khenthuong.web..");

    /**
     * A controller answers either pages (errors as the error pages) or JSON (errors as problem+json): a plain
     * {@code @Controller} would get whichever advice happens to match its package. The /error controller is the
     * one exception, since it renders the errors themselves.
     */
    @ArchTest
    static final ArchRule everyControllerSaysWhatItAnswers = classes()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .and()
            .doNotHaveSimpleName("ErrorPages")
            .and()
            .areNotAnnotations()
            .should()
            .beAnnotatedWith(RestController.class)
            .orShould()
            .beAnnotatedWith(PageController.class)
            .because("pages and APIs have different error answers");
}
