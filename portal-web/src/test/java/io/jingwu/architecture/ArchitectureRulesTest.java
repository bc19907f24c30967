package io.jingwu.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule of {@link ArchitectureRules} fails on the classes in {@code fixtures}, written to break it, and holds
 * where they keep it: a rule that passes the application must be one that could have failed.
 */
class ArchitectureRulesTest {

    private static final String FIXTURES = "io.jingwu.architecture.fixtures";

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void twoComponentsThatUseEachOtherAreACycle() {
        assertBroken(ArchitectureRules.noCyclesBetweenComponents(FIXTURES + ".cycle"));
        assertKept(ArchitectureRules.noCyclesBetweenComponents(FIXTURES + ".bce.entity"));
    }

    @Test
    void aComponentThatUsesOneAfterItBreaksTheOrder() {
        assertBroken(ArchitectureRules.componentsInOrder(FIXTURES + ".order", List.of("low", "high")));
        assertBroken(ArchitectureRules.componentsInOrder(FIXTURES + ".order", List.of("high", "low")));
        assertKept(ArchitectureRules.componentsInOrder(FIXTURES + ".order", List.of("stray", "low")));
    }

    @Test
    void aPackageOutsideTheListedComponentsIsNoticed() {
        assertBroken(ArchitectureRules.everyPackageInAListedComponent(FIXTURES + ".order", List.of("low", "high")));
        assertKept(ArchitectureRules.everyPackageInAListedComponent(FIXTURES + ".order",
                List.of("low", "high", "stray")));
    }

    @Test
    void anEntityUsingAControlAndAControlUsingABoundaryAreRefused() {
        assertBroken(ArchitectureRules.entitiesUseNoControlOrBoundary(FIXTURES + ".bce"));
        assertBroken(ArchitectureRules.controlsUseNoBoundary(FIXTURES + ".bce"));
        assertKept(ArchitectureRules.entitiesUseNoControlOrBoundary(FIXTURES + ".cycle"));
    }

    private static void assertBroken(ArchRule rule) {
        assertTrue(rule.evaluate(CLASSES).hasViolation(), () -> "should fail: " + rule.getDescription());
    }

    private static void assertKept(ArchRule rule) {
        assertFalse(rule.evaluate(CLASSES).hasViolation(), () -> rule.evaluate(CLASSES).getFailureReport().toString());
    }
}
