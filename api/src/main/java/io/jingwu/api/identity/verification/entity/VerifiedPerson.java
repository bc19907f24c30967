package io.jingwu.api.identity.verification.entity;

import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import io.jingwu.api.platform.personal.Masking;

import java.time.LocalDate;

/**
 * The person a verification is about, as their document and they themselves describe them. {@link #toString()}
 * masks.
 *
 * @param documentHash the keyed hash the registry and the credentials know the document by
 * @param nationality  the ICAO code of a foreign document's issuing state; null for Chinese documents
 */
public record VerifiedPerson(DocumentType documentType, String number, String documentHash, String name,
                             LocalDate birthDate, String nationality, LocalDate expiryDate) {

    public RegistryQuery registryQuery() {
        return new RegistryQuery(documentType, nationality, number, name, birthDate);
    }

    /** What institutions are told: the document's state for a foreign document, China for Chinese documents. */
    public String shownNationality() {
        return nationality == null ? "CHN" : nationality;
    }

    /**
     * Passports, foreigners' cards and the travel permits of Hong Kong, Macao and Taiwan residents are exit-entry
     * administration's; resident numbers (residence permits included) the household office's.
     */
    public boolean exitEntryMatter() {
        return documentType != DocumentType.RESIDENT_ID && documentType != DocumentType.HMT_RESIDENCE_PERMIT;
    }

    @Override
    public String toString() {
        return "VerifiedPerson[" + documentType + " " + Masking.idNumber(number) + "]";
    }
}
