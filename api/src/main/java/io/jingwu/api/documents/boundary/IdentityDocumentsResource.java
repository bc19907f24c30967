package io.jingwu.api.documents.boundary;

import io.jingwu.api.documents.control.DocumentValidation;
import io.jingwu.api.documents.control.ValidationRateLimit;
import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.personal.Masking;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Public, no sign-in: forms and outside services check a document before they send it on. The answer is the
 * verdict and what the document says, its number masked; nothing is stored and nothing logged. Limited per
 * client address, so that it cannot be used to try numbers in bulk.
 */
@Path("v1/identity/documents")
@Tag(name = "Identity documents", description = "Checks of identity documents' numbers and machine-readable zones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityDocumentsResource {

    @Inject
    CallerLanguage callerLanguage;

    /** Longer than any zone (3 x 30 characters, with line breaks and stray spaces), to refuse junk early. */
    static final int MAX_VALUE_LENGTH = 200;

    @Inject
    DocumentValidation validation;

    @Inject
    ValidationRateLimit rateLimit;


    @Context
    HttpServletRequest http;

    @Inject
    ClientAddress clientAddress;

    /**
     * @param kind   RESIDENT_ID, MRZ, PASSPORT, FOREIGNER_PERMANENT_RESIDENCE_ID or HMT_PERMIT
     * @param value  the number, or the zone's lines joined by a line break
     * @param fields a typed passport: number, nationality, birthDate, expiryDate (yyyy-mm-dd), optional surname,
     *               givenNames, sex
     */
    public record ValidationRequest(String kind, String value, Map<String, String> fields) {
    }

    public record ErrorView(String field, String message) {
    }

    /** Every member is present, null when the document does not say; the number and names are masked. */
    @JsonbNillable
    public record DocumentView(String documentType, String numberMasked, String surname, String givenNames,
                               String nationality, String sex, LocalDate birthDate, LocalDate expiryDate,
                               String division) {

        static DocumentView of(ParsedDocument d) {
            return d == null ? null : new DocumentView(d.type().name(), d.numberMasked(), Masking.name(d.surname()),
                    Masking.name(d.givenNames()), d.nationality(), d.sex(), d.birthDate(), d.expiryDate(),
                    d.division());
        }
    }

    @JsonbNillable
    public record ValidationAnswer(boolean valid, boolean expired, List<ErrorView> errors, DocumentView document) {
    }

    @POST
    @Path("validate")
    @Operation(summary = "Check an identity document",
            description = "Resident identity numbers (GB 11643, 15 or 18 characters; also the residence permits of "
                    + "Hong Kong, Macao and Taiwan residents), ICAO 9303 machine-readable zones (TD1, TD2, TD3, "
                    + "MRV-A, MRV-B), typed passport fields, foreigners' permanent residence ID numbers (2017 and "
                    + "2023) and the mainland travel permits of Hong Kong, Macao and Taiwan residents. `valid` "
                    + "judges structure, check digits, dates, division and nationality codes; `expired` tells "
                    + "whether the expiry date has passed, which does not make a document invalid. Errors are "
                    + "worded in the language of `lang` or Accept-Language (zh, en or ru; zh when none of them is asked for).")
    @APIResponse(responseCode = "200", description = "The verdict, with the errors and what the document says (number masked)")
    @APIResponse(responseCode = "400", description = "Kind missing or unknown, or nothing to check")
    @APIResponse(responseCode = "429", description = "Too many checks from this address in the last hour")
    public Response validate(@Parameter(description = "zh, en or ru; overrides Accept-Language") @QueryParam("lang") String lang,
                             ValidationRequest request) {
        Language language = callerLanguage.current();
        List<FieldError> refused = refusals(request);
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        if (!rateLimit.tryCheck(clientAddress.of(http))) {
            return Problem.response(429, "too-many-validations", language);
        }
        ValidationResult result = validation.validate(DocumentKind.parse(request.kind()).orElseThrow(),
                request.value(), request.fields());
        ValidationAnswer answer = new ValidationAnswer(result.valid(), result.expired(),
                result.errors().stream().map(e -> new ErrorView(e.field().name(), e.message(language))).toList(),
                DocumentView.of(result.document()));
        return Response.ok(answer).cacheControl(Caching.noStore()).build();
    }

    private static List<FieldError> refusals(ValidationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || DocumentKind.parse(request.kind()).isEmpty()) {
            errors.add(FieldError.of("kind", "identity.kind.unknown",
                    Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        String value = request == null ? null : request.value();
        boolean typedPassport = request != null && DocumentKind.parse(request.kind()).orElse(null) == DocumentKind.PASSPORT
                && request.fields() != null && !request.fields().isEmpty();
        if ((value == null || value.isBlank()) && !typedPassport) {
            errors.add(FieldError.of("value", "identity.value.missing"));
        } else if (value != null && value.length() > MAX_VALUE_LENGTH) {
            errors.add(FieldError.of("value", "identity.value.too-long", MAX_VALUE_LENGTH));
        }
        return errors;
    }
}
