package io.jingwu.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jingwu.architecture.ComponentOrder.API;
import static io.jingwu.architecture.ComponentOrder.API_COMPONENTS;

/** The whole application's classes (api, chatbot, portal) keep the architecture's rules. */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jingwu");

    @Test
    void theApplicationsClassesAreAllThere() {
        // a misconfigured import would let every rule below pass on nothing
        for (String module : ComponentOrder.MODULES) {
            org.junit.jupiter.api.Assertions.assertTrue(APPLICATION.stream()
                    .anyMatch(type -> type.getPackageName().startsWith(module + ".")), module);
        }
    }

    @Test
    void modulesUseOnlyTheModulesBelowThem() {
        ArchitectureRules.componentsInOrder("io.jingwu", List.of("api", "chatbot", "portal")).check(APPLICATION);
    }

    @Test
    void apiComponentsFormNoCycle() {
        ArchitectureRules.noCyclesBetweenComponents(API).check(APPLICATION);
    }

    @Test
    void apiComponentsUseOnlyTheComponentsBelowThem() {
        ArchitectureRules.everyPackageInAListedComponent(API, API_COMPONENTS).check(APPLICATION);
        ArchitectureRules.componentsInOrder(API, API_COMPONENTS).check(APPLICATION);
    }

    @Test
    void chatbotAndPortalFeaturesFormNoCycle() {
        ArchitectureRules.noCyclesBetweenComponents("io.jingwu.chatbot").check(APPLICATION);
        ArchitectureRules.noCyclesBetweenComponents("io.jingwu.portal").check(APPLICATION);
    }

    /**
     * Payara's OpenAPI scan fails on a Bean Validation constraint on any parameter but a resource method's (and a
     * built-in constraint on a record component reaches the record's constructor parameter too): input rules are
     * declared with the project's field-only constraints. (Jakarta's classes are not read, so its constraints are
     * known by their package.)
     */
    @Test
    void noConstraintSitsOnAParameterOutsideAResourceMethod() {
        List<String> constrained = APPLICATION.stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(unit -> unit.getAnnotations().stream()
                        .noneMatch(a -> a.getRawType().isAnnotatedWith("jakarta.ws.rs.HttpMethod")))
                .flatMap(unit -> unit.getParameters().stream())
                .filter(parameter -> parameter.getAnnotations().stream()
                        .anyMatch(a -> a.getRawType().getPackageName().equals("jakarta.validation.constraints")
                                || a.getRawType().isAnnotatedWith("jakarta.validation.Constraint")))
                .map(parameter -> parameter.getOwner().getFullName())
                .distinct()
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), constrained);
    }

    @Test
    void boundaryControlEntityPointsOneWay() {
        ArchitectureRules.entitiesUseNoControlOrBoundary("io.jingwu").check(APPLICATION);
        ArchitectureRules.controlsUseNoBoundary("io.jingwu").check(APPLICATION);
    }
}
