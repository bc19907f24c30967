package io.jingwu.api.platform.rest;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} (and {@code @DenyAll}) on REST resources, which neither CDI nor JAX-RS does for
 * a plain resource class: an anonymous caller gets 401, a signed-in caller without the role 403, both as
 * problem documents. Who the caller is comes from the application's one authentication mechanism, through
 * the request's {@link SecurityContext}. An annotation on the method wins over one on the class.
 */
@Provider
public class RoleRequirements implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Check(new String[0]), Priorities.AUTHORIZATION);
            return;
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            context.register(new Check(roles.value()), Priorities.AUTHORIZATION);
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new Check(new String[0]), Priorities.AUTHORIZATION);
        }
    }

    /** Lets the request through only for a caller in one of the roles. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            Language language = Language.negotiate(request.getAcceptableLanguages());
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.response(401, "unauthorized", language))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            } else if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.response(403, "forbidden", language));
            }
        }
    }
}
