package io.jingwu.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules the code keeps, as ArchUnit rules over any base package, so that a test can show each one failing on
 * classes written to break it ({@code ArchitectureRulesTest}).
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** No two components of {@code base} reach each other, directly or through others. */
    static ArchRule noCyclesBetweenComponents(String base) {
        return SlicesRuleDefinition.slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** Each component of {@code base} uses only those listed before it (and itself). */
    static ArchRule componentsInOrder(String base, List<String> lowestFirst) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < lowestFirst.size() - 1; i++) {
            String component = lowestFirst.get(i);
            String[] higher = lowestFirst.subList(i + 1, lowestFirst.size()).stream()
                    .map(name -> base + "." + name + "..").toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(base + "." + component + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(higher)
                    .as(component + " uses no component after it: " + String.join(", ",
                            lowestFirst.subList(i + 1, lowestFirst.size())))
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("components of " + base + " in the order " + lowestFirst);
    }

    /** Every package of {@code base} belongs to a listed component, so that none escapes the order. */
    static ArchRule everyPackageInAListedComponent(String base, List<String> components) {
        String[] listed = components.stream().map(name -> base + "." + name + "..").toArray(String[]::new);
        return classes()
                .that().resideInAPackage(base + "..")
                .should().resideInAnyPackage(listed)
                .as("every class of " + base + " is in one of " + components)
                .allowEmptyShould(true);
    }

    /** Boundary-control-entity inside every component: an entity uses no control or boundary, a control no boundary. */
    static ArchRule entitiesUseNoControlOrBoundary(String base) {
        return noClasses().that().resideInAPackage(base + "..entity..")
                .should().dependOnClassesThat().resideInAnyPackage(base + "..control..", base + "..boundary..")
                .allowEmptyShould(true);
    }

    static ArchRule controlsUseNoBoundary(String base) {
        return noClasses().that().resideInAPackage(base + "..control..")
                .should().dependOnClassesThat().resideInAPackage(base + "..boundary..")
                .allowEmptyShould(true);
    }
}
