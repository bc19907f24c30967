package io.jingwu.portal.identity.boundary;

import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.documents.control.PassportFields;
import io.jingwu.api.identity.verification.control.VerificationInput;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the verification page collects, and the one input it makes of it: only what the chosen document needs is sent
 * (a name typed before switching to a passport is not), so the API judges exactly what the page shows.
 */
public class VerificationEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private DocumentChoice document = DocumentChoice.RESIDENT_ID;
    /** A passport by its machine-readable zone rather than typed fields. */
    private boolean zone;
    private String number;
    private String zoneLines;
    private String nationality;
    private String surname;
    private String givenNames;
    private String documentBirthDate;
    private String expiryDate;
    private String name;
    private String birthDate;
    private String phone;
    private DivisionChoice division;

    public VerificationInput input(String lang) {
        String divisionCode = division == null ? null : division.code();
        if (document == null) {
            return new VerificationInput(null, null, null, null, null, phone, divisionCode, lang);
        }
        if (document == DocumentChoice.PASSPORT) {
            return zone
                    ? new VerificationInput("MRZ", zoneLines, null, null, null, phone, divisionCode, lang)
                    : new VerificationInput("PASSPORT", null, passportFields(), null, null, phone, divisionCode, lang);
        }
        return new VerificationInput(document.name(), number, null, document.needsName() ? name : null,
                document.needsBirthDate() ? birthDate : null, phone, divisionCode, lang);
    }

    /** The typed passport as the API names its fields; an empty input is no field. */
    private Map<String, String> passportFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, PassportFields.NUMBER, number);
        put(fields, PassportFields.NATIONALITY, nationality);
        put(fields, PassportFields.SURNAME, surname);
        put(fields, PassportFields.GIVEN_NAMES, givenNames);
        put(fields, PassportFields.BIRTH_DATE, documentBirthDate);
        put(fields, PassportFields.EXPIRY_DATE, expiryDate);
        return fields;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }

    /** A typed passport: its number, nationality, names and dates are asked one by one. */
    public boolean isTypedPassport() {
        return document == DocumentChoice.PASSPORT && !zone;
    }

    public boolean isZonePassport() {
        return document == DocumentChoice.PASSPORT && zone;
    }

    /** A number alone identifies the document (resident card, foreigner's card, travel permit). */
    public boolean isNumberDocument() {
        return document != null && document != DocumentChoice.PASSPORT;
    }

    public DocumentChoice getDocument() {
        return document;
    }

    public void setDocument(DocumentChoice document) {
        this.document = document;
    }

    public boolean isZone() {
        return zone;
    }

    public void setZone(boolean zone) {
        this.zone = zone;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getZoneLines() {
        return zoneLines;
    }

    public void setZoneLines(String zoneLines) {
        this.zoneLines = zoneLines;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getDocumentBirthDate() {
        return documentBirthDate;
    }

    public void setDocumentBirthDate(String documentBirthDate) {
        this.documentBirthDate = documentBirthDate;
    }

    public String getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(String expiryDate) {
        this.expiryDate = expiryDate;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public DivisionChoice getDivision() {
        return division;
    }

    public void setDivision(DivisionChoice division) {
        this.division = division;
    }
}
