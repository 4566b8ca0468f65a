package org.relais.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module graph is the dependency rule: the core knows no store, adapter, DI container or
 * database; adapters and stores do not know each other or the composition root.
 */
class ArchitectureTest {
    /** Production classes only: the modules' test-jars (fakes, shared tests) may wire anything. */
    private static final JavaClasses RELAIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.relais");

    @Test
    void theCoreDependsOnNoStoreAdapterContainerOrDatabase() {
        assertThat(RELAIS.stream().filter(c -> c.getPackageName().startsWith("org.relais.core"))).hasSizeGreaterThan(50);
        noClasses().that().resideInAPackage("org.relais.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.relais.store..", "org.relais.console..", "org.relais.telegram..", "org.relais.slack..",
                        "org.relais.config..", "com.slack..", "org.telegram..",
                        "com.google.inject..", "jakarta.inject..", "javax.inject..",
                        "org.h2..", "org.postgresql..", "org.flywaydb..", "com.zaxxer..", "java.sql..",
                        "org.yaml..", "ch.qos.logback..", "io.micrometer.prometheusmetrics..", "io.prometheus..")
                .check(RELAIS);
    }

    @Test
    void adaptersAndStoresDoNotKnowEachOtherOrTheCompositionRoot() {
        noClasses().that().resideInAPackage("org.relais.console..")
                .should().dependOnClassesThat().resideInAnyPackage("org.relais.store..", "org.relais.telegram..",
                        "org.relais.slack..", "org.relais.config..", "com.google.inject..")
                .check(RELAIS);
        noClasses().that().resideInAPackage("org.relais.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("org.relais.store..", "org.relais.console..",
                        "org.relais.slack..", "com.slack..", "org.relais.config..", "com.google.inject..", "org.h2..", "java.sql..")
                .check(RELAIS);
        noClasses().that().resideInAPackage("org.relais.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("org.relais.store..", "org.relais.console..",
                        "org.relais.telegram..", "org.telegram..", "org.relais.config..", "com.google.inject..", "org.h2..", "java.sql..")
                .check(RELAIS);
        noClasses().that().resideInAPackage("org.relais.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.relais.console..", "org.relais.telegram..",
                        "org.relais.slack..", "org.relais.config..", "com.google.inject..")
                .check(RELAIS);
    }

    /**
     * The same rule at the Maven level: bot-core's compile dependencies are twitter-text and the two
     * facades, SLF4J for logs and Micrometer for metrics (their back ends are the composition root's).
     */
    @Test
    void theCorePomDeclaresOnlyTwitterTextAndTheLogAndMetricsFacades() throws Exception {
        String pom = Files.readString(Path.of("..", "bot-core", "pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>(?:(?!</dependency>).)*</dependency>",
                Pattern.DOTALL).matcher(dependencies);
        List<String> compile = new ArrayList<>();
        while (artifact.find()) {
            if (!artifact.group(0).contains("<scope>test</scope>")) {
                compile.add(artifact.group(1));
            }
        }
        assertThat(compile).containsExactlyInAnyOrder("twitter-text", "slf4j-api", "micrometer-core");
    }
}
