package org.storyloom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of design.md, held by the build. */
@AnalyzeClasses(packages = "org.storyloom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] STAGES = {
        "org.storyloom.fetch..",
        "org.storyloom.feed..",
        "org.storyloom.extract..",
        "org.storyloom.dedup..",
        "org.storyloom.nlp..",
        "org.storyloom.cluster..",
        "org.storyloom.summary.."
    };

    @ArchTest
    static final ArchRule stagesNeverTouchStorageOrDelivery = noClasses()
            .that()
            .resideInAnyPackage(STAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.storyloom.store..",
                    "org.storyloom.search..",
                    "org.storyloom.pipeline..",
                    "org.storyloom.web..",
                    "org.storyloom.api..",
                    "org.storyloom.app..",
                    "org.storyloom.cli..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("org.storyloom.model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("org.storyloom.model..", "java..", "org.jspecify..");

    @ArchTest
    static final ArchRule helpersUseOnlyModel = noClasses()
            .that()
            .resideInAnyPackage("org.storyloom.text..", "org.storyloom.url..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(STAGES);

    @ArchTest
    static final ArchRule onlyStoreUsesJdbc = noClasses()
            .that()
            .resideOutsideOfPackage("org.storyloom.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyFeedUsesRome = noClasses()
            .that()
            .resideOutsideOfPackage("org.storyloom.feed..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.rometools..");

    @ArchTest
    static final ArchRule onlyLuceneAdapterUsesLucene = noClasses()
            .that()
            .resideOutsideOfPackage("org.storyloom.search.lucene..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.lucene..");

    @ArchTest
    static final ArchRule onlyNlpUsesOpenNlp = noClasses()
            .that()
            .resideOutsideOfPackage("org.storyloom.nlp..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("opennlp..");

    @ArchTest
    static final ArchRule webNeverUsesStagesOrImplementations = noClasses()
            .that()
            .resideInAnyPackage("org.storyloom.web..", "org.storyloom.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.storyloom.store.sqlite..", "org.storyloom.store.postgres..", "org.storyloom.search.lucene..");

    @ArchTest
    static final ArchRule onlyAppWiresImplementations = noClasses()
            .that()
            .resideOutsideOfPackages("org.storyloom.app..", "org.storyloom.store..", "org.storyloom.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.storyloom.store.sqlite..",
                    "org.storyloom.store.postgres..",
                    "org.storyloom.search.lucene..",
                    "org.storyloom.search.opensearch..");

    @ArchTest
    static final ArchRule cliGoesThroughApp = noClasses()
            .that()
            .resideInAPackage("org.storyloom.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.storyloom.store..", "org.storyloom.search..", "org.storyloom.web..");

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("org.storyloom.(*)..").should().beFreeOfCycles();
}
