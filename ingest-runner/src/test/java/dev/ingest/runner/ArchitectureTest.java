package dev.ingest.runner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The import rules of the architecture, over the main classes of every module on the runner's class path: the SPI a
 * connector implements stands alone, connectors use the warehouse only through its front door, and the runner names
 * no connector.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // A module's test-jar (core's contract kit) is test code too, whether read from a jar or its folder.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.ingest");
    private static final String[] CONNECTORS = {
        "dev.ingest.csv..", "dev.ingest.hubspot..", "dev.ingest.genius..", "dev.ingest.http.."
    };

    @Test
    void theSpiImportsNothingOfTheEngineTheWarehousesOrTheHistory() {
        noClasses()
                .that()
                .resideInAPackage("dev.ingest.core.spi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.ingest.core.engine..", "dev.ingest.core.warehouse..", "dev.ingest.core.history..")
                .check(CLASSES);
    }

    @Test
    void connectorsReachTheWarehouseOnlyThroughItsFrontDoor() {
        noClasses()
                .that()
                .resideInAnyPackage(CONNECTORS)
                .should()
                .dependOnClassesThat(resideInAPackage("dev.ingest.core.warehouse..")
                        .and(not(simpleName("Warehouse")))
                        .and(not(simpleName("WarehouseConfig")))
                        .and(not(simpleName("WarehouseException"))))
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
        slices().matching("dev.ingest.core.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
