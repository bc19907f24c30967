package io.jingwu.api.staff.entity;

import io.jingwu.api.attachments.boundary.StaffAttachmentsResource;
import io.jingwu.api.casework.boundary.StaffRequestsResource;
import io.jingwu.api.queues.boundary.QueueResource;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The staff API's resources that work requests let in exactly the roles that {@link StaffActor#worksRequests()}
 * names, which the workbench's pages and the facades behind both apply: one rule, whichever way a clerk comes.
 */
class RequestWorkRuleTest {

    @ParameterizedTest
    @ValueSource(classes = {QueueResource.class, StaffRequestsResource.class, StaffAttachmentsResource.class})
    void theApiLetsInWhoWorksRequests(Class<?> resource) {
        Set<String> working = Arrays.stream(StaffRole.values())
                .filter(role -> new StaffActor("someone", Set.of(role), Set.of(1L)).worksRequests())
                .map(Enum::name).collect(Collectors.toSet());

        assertEquals(working, Set.of(resource.getAnnotation(RolesAllowed.class).value()));
    }
}
