package io.jingwu.api.catalogue.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.problems.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The service catalogue, public: what a citizen can ask for and the questions each service asks, with their
 * rules, so that a form (portal, kiosk, chatbot, an outside client) is generated from it rather than written
 * by hand. A submission's {@code category} and {@code fields} refer to it.
 */
@Path("v1/services")
@Tag(name = "Services", description = "The service catalogue: what citizens can ask for and what each service asks")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    CallerLanguage callerLanguage;

    /** Long enough to spare a busy form page, short enough that a changed service shows within a minute. */
    static final int MAX_AGE_SECONDS = 60;

    @Inject
    Catalogue catalogue;


    @GET
    @Operation(summary = "List the services",
            description = "Every active service with its fields in the order asked: data type, whether required, "
                    + "limits, allowed values, label and help, in the language of `lang` or Accept-Language "
                    + "(zh when neither is spoken; a text not written in Russian comes in English). With "
                    + "`allLanguages=true` every text also comes keyed by language tag. Answers a conditional "
                    + "request (If-None-Match) with 304 while the catalogue is unchanged.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    @APIResponse(responseCode = "400", description = "Unknown request type")
    public Response list(@Parameter(description = "only services of this request type, e.g. DISPUTE")
                         @QueryParam("type") String type,
                         @Parameter(description = "zh, en or ru; overrides Accept-Language") @QueryParam("lang") String lang,
                         @Parameter(description = "also every text keyed by language tag")
                         @QueryParam("allLanguages") boolean allLanguages,
                         @Context Request request) {
        Language language = language(lang);
        RequestType only = null;
        if (type != null && !type.isBlank()) {
            if (!RequestType.isKnown(type)) {
                throw new InvalidInputException(List.of(FieldError.of("type", "request.type.unknown",
                        Arrays.stream(RequestType.values()).map(Enum::name).collect(Collectors.joining(", ")))));
            }
            only = RequestType.valueOf(type);
        }
        ServiceList services = catalogue.published(only, language, allLanguages);
        return cached(request, services.revision(), language, allLanguages, services);
    }

    @GET
    @Path("{type}/{category}")
    @Operation(summary = "One service", description = "An active service with its fields, as in the list.")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    @APIResponse(responseCode = "404", description = "No active service of this type and category")
    public Response one(@PathParam("type") String type,
                        @PathParam("category") String category,
                        @QueryParam("lang") String lang,
                        @QueryParam("allLanguages") boolean allLanguages,
                        @Context Request request) {
        Language language = language(lang);
        long revision = catalogue.revision();
        return catalogue.published(type, category, language, allLanguages)
                .map(service -> cached(request, revision, language, allLanguages, service))
                .orElseGet(() -> Problem.response(404, "service-not-found", language));
    }

    /** The revision names the catalogue's version; the language and form are part of the representation. */
    private static Response cached(Request request, long revision, Language language, boolean allLanguages,
                                   Object document) {
        EntityTag tag = new EntityTag(revision + "-" + language.tag() + (allLanguages ? "-all" : ""));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(document);
        return answer.tag(tag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private Language language(String lang) {
        return callerLanguage.current();
    }
}
