package dev.ingest.runner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import rules of the architecture, over the main classes of every module on the runner's class path: the SPI a
 * connector implements stands alone, API connectors and their kit use only the core's public packages, the CSV import
 * uses the warehouse only through its front door, and the runner names no connector.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // A module's test-jar (core's contract kit) is test code too, whether read from a jar or its folder.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.ingest");
    private static final String[] API_CONNECTORS = {
        "dev.ingest.hubspot..",
        "dev.ingest.genius..",
        "dev.ingest.callrail..",
        "dev.ingest.arrivy..",
        "dev.ingest.salesrabbit..",
        "dev.ingest.http.."
    };
    private static final String[] CONNECTORS = Stream.concat(Stream.of("dev.ingest.csv.."), Stream.of(API_CONNECTORS))
            .toArray(String[]::new);

    @Test
    void theSpiImportsNothingOfTheInternalsOrTheFacade() {
        noClasses()
                .that()
                .resideInAPackage("dev.ingest.core.spi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.ingest.core.internal..", "dev.ingest.core")
                .check(CLASSES);
    }

    @Test
    void apiConnectorsAndTheKitUseOnlyThePublicCore() {
        noClasses()
                .that()
                .resideInAnyPackage(API_CONNECTORS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.ingest.core.internal..")
                .check(CLASSES);
    }

    @Test
    void theCsvImportReachesTheWarehouseOnlyThroughItsFrontDoor() {
        noClasses()
                .that()
                .resideInAPackage("dev.ingest.csv..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.ingest.core.internal.warehouse..")
                        .and(not(simpleName("Warehouse")))
                        .and(not(simpleName("WarehouseConfig"))))
                .check(CLASSES);
    }

    @Test
    void theRunnerNamesNoConnector() {
        noClasses()
                .that()
                .resideInAPackage("dev.ingest.runner..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CONNECTORS)
                .check(CLASSES);
    }

    @Test
    void theCoreImportsNoConnector() {
        noClasses()
                .that()
                .resideInAPackage("dev.ingest.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CONNECTORS)
                .check(CLASSES);
    }

    @Test
    void theCoresPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.ingest.core.internal.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }
}
