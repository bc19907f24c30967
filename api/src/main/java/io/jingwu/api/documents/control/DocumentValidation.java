package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The one entry to the document checks, for the public endpoint as for a verification that must refuse expired
 * documents ({@link ValidationResult#expired()}). Pure: it stores nothing and logs nothing.
 */
@ApplicationScoped
public class DocumentValidation {

    @Inject
    Clock clock;

    private final ResidentIdNumbers residentIds = new ResidentIdNumbers(DivisionCodes.standard());
    private final MachineReadableZones zones = new MachineReadableZones(TravelDocumentCodes.standard());
    private final PassportFields passports = new PassportFields(TravelDocumentCodes.standard());
    private final ForeignerResidenceIds foreignerIds =
            new ForeignerResidenceIds(DivisionCodes.standard(), TravelDocumentCodes.standard());
    private final TravelPermits permits = new TravelPermits();

    DocumentValidation() {
    }

    public DocumentValidation(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param value  the number, or the zone's lines joined by {@code \n}; for a passport, its number when
     *               {@code fields} does not carry one
     * @param fields a typed passport's fields ({@link PassportFields}); ignored for the other kinds
     */
    public ValidationResult validate(DocumentKind kind, String value, Map<String, String> fields) {
        Objects.requireNonNull(kind, "kind");
        LocalDate today = DocumentDates.today(clock);
        return switch (kind) {
            case RESIDENT_ID -> residentIds.validate(value, today);
            case MRZ -> zones.validate(value, today);
            case PASSPORT -> passports.validate(fields == null ? Map.of() : fields, value, today);
            case FOREIGNER_PERMANENT_RESIDENCE_ID -> foreignerIds.validate(value, today);
            case HMT_PERMIT -> permits.validate(value, today);
        };
    }

    /**
     * A number typed where a form asks for an identity number: a resident's (the permits of Hong Kong, Macao and
     * Taiwan residents included, and 15-digit numbers), or the 2023 foreigner's card, which shares their format.
     */
    public ValidationResult identityNumber(String text) {
        String number = text == null ? "" : text.strip();
        boolean foreignersCard = number.length() == 18 && number.startsWith("9");
        return validate(foreignersCard ? DocumentKind.FOREIGNER_PERMANENT_RESIDENCE_ID : DocumentKind.RESIDENT_ID,
                number, Map.of());
    }
}
