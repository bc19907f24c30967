package io.jingwu.api.identity.registry.entity;

import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.platform.personal.Masking;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A person as a document and its holder describe them. {@link #toString()} masks the number and the name.
 *
 * @param nationality the issuing nationality of a foreign document (ICAO code), null for Chinese documents
 */
public record RegistryQuery(DocumentType documentType, String nationality, String number, String name,
                            LocalDate birthDate) {

    /** The document, in the form registry keys are computed from: kind family, nationality, number. */
    public String documentKey() {
        return family(documentType) + '|' + (nationality == null ? "" : nationality) + '|' + number.toUpperCase(Locale.ROOT);
    }

    /** The document with its holder, names compared without case, spaces, fillers or punctuation. */
    public String personKey() {
        return holderKey() + '|' + birthDate;
    }

    /** The document with its holder's name, as a carrier registers a line to a person (no birth date). */
    public String holderKey() {
        return documentKey() + '|' + comparableName(name);
    }

    /**
     * One family per register: a passport is the same whether its zone or its typed fields were given, a resident
     * number the same on a resident card and a residence permit of Hong Kong, Macao and Taiwan residents.
     */
    static String family(DocumentType type) {
        return switch (type) {
            case RESIDENT_ID, HMT_RESIDENCE_PERMIT -> "CN-ID";
            case TD3, PASSPORT -> "PASSPORT";
            case TD1, TD2 -> "ID-CARD";
            case MRV_A, MRV_B -> "VISA";
            case FOREIGNER_PERMANENT_RESIDENCE_ID_2017, FOREIGNER_PERMANENT_RESIDENCE_ID_2023 -> "CN-PR";
            case HK_MACAO_TRAVEL_PERMIT, TAIWAN_TRAVEL_PERMIT -> "CN-PERMIT";
        };
    }

    /** "Ivanova, Anna-Maria" and "IVANOVA ANNA MARIA" compare equal; Chinese names lose only their spaces. */
    static String comparableName(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\s<,.'\\-·•]+", "");
    }

    @Override
    public String toString() {
        return "RegistryQuery[" + documentType + " " + Masking.idNumber(number) + " " + Masking.name(name) + "]";
    }
}
