package io.jingwu.api.fraud.lists.boundary;

import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import io.jingwu.api.platform.rest.SecuritySchemes;
import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.Reader;
import java.util.List;
import java.util.Map;

/** The anti-fraud list, for anti-fraud staff: one list that every anti-fraud centre shares. */
@Path("v1/fraud/list")
@RolesAllowed("ANTI_FRAUD")
@Tag(name = "Anti-fraud list", description = "Phones, links, accounts and apps used by fraudsters; kept by anti-fraud staff")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
public class FraudListResource {

    @Inject
    FraudListKeeping keeping;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uriInfo;

    public record RevealInput(String purpose) {
    }

    @GET
    @Operation(summary = "The list, newest first", description = "Phones and accounts masked. `kind` narrows it; "
            + "`removed=true` also shows entries taken off. At most 200 a page (`offset`, `limit`).")
    public Response list(@QueryParam("kind") String kind, @QueryParam("removed") boolean withRemoved,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit) {
        ListKind narrowed = null;
        if (kind != null && !kind.isBlank()) {
            narrowed = ListKind.parse(kind).orElseThrow(() -> new InvalidInputException(List.of(
                    FieldError.of("kind", "fraud.list.kind.unknown", kind, ""))));
        }
        return Response.ok(keeping.list(narrowed, withRemoved, offset, limit)).cacheControl(Caching.noStore()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a value on the list", description = "Kind (phone, domain, url, bank-card, alipay, "
            + "wechat, qq, app), value, source, listedOn (today when absent), expiresOn (the last day it counts).")
    @APIResponse(responseCode = "201", description = "Listed")
    @APIResponse(responseCode = "400", description = "Every broken rule")
    @APIResponse(responseCode = "409", description = "The value is on the list already")
    public Response add(ListEntryInput input) {
        ListEntryView added = keeping.add(input == null ? new ListEntryInput(null, null, null, null, null) : input,
                staff.actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a CSV file", description = "UTF-8, header `kind,value,source,listedOn,expiresOn`, "
            + "at most 5000 lines. All or nothing: a broken line adds nothing, and the errors name their lines. "
            + "Values already listed are counted, not added again.")
    @APIResponse(responseCode = "200", description = "How many were added and how many were listed already")
    @APIResponse(responseCode = "400", description = "Every broken rule of every line; nothing added")
    public FraudListKeeping.Imported importCsv(Reader csv) {
        return keeping.importCsv(csv, staff.actor());
    }

    @POST
    @Path("{id}/removal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Take an entry off the list", description = "It stays for the record, with who took it off and when.")
    @APIResponse(responseCode = "200", description = "Off the list (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such entry")
    public Response remove(@PathParam("id") long id) {
        return keeping.remove(id, staff.actor()).map(view -> Response.ok(view).build())
                .orElseGet(() -> Problem.response(404, "fraud-list-entry-not-found", callerLanguage.current()));
    }

    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Show an entry's value in full", description = "Requires a purpose; the read is recorded (who, when, why, from where).")
    @APIResponse(responseCode = "200", description = "The value")
    @APIResponse(responseCode = "400", description = "No purpose")
    @APIResponse(responseCode = "404", description = "No such entry")
    public Response reveal(@PathParam("id") long id, RevealInput input) {
        return keeping.reveal(id, input == null ? null : input.purpose(), staff.actor(), clientAddress.of(http))
                .map(value -> Response.ok(Map.of("value", value)).cacheControl(Caching.noStore()).build())
                .orElseGet(() -> Problem.response(404, "fraud-list-entry-not-found", callerLanguage.current()));
    }
}
