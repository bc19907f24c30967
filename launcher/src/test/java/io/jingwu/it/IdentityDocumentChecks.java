package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/identity/documents/validate}: public checks of identity documents, the number masked in
 * every answer, errors worded in the caller's language.
 */
abstract class IdentityDocumentChecks extends DeployedApplication {

    private static final String PATH = "api/v1/identity/documents/validate";

    Http api() {
        return new Http(base());
    }

    private Http.Reply validate(String body, String... headers) {
        return api().post(PATH, body, headers);
    }

    @Test
    void aValidResidentNumberComesBackMaskedWithItsDivision() {
        Http.Reply reply = validate("{\"kind\": \"RESIDENT_ID\", \"value\": \"11010519491231002x\"}");

        assertEquals(200, reply.status(), reply.body());
        JsonObject answer = reply.json();
        assertTrue(answer.getBoolean("valid"), reply.body());
        assertFalse(answer.getBoolean("expired"));
        assertTrue(answer.getJsonArray("errors").isEmpty());
        JsonObject document = answer.getJsonObject("document");
        assertEquals("RESIDENT_ID", document.getString("documentType"));
        assertEquals("110***********002X", document.getString("numberMasked"));
        assertEquals("北京市 朝阳区", document.getString("division"));
        assertEquals("1949-12-31", document.getString("birthDate"));
        assertEquals("F", document.getString("sex"));
        assertTrue(document.isNull("expiryDate"), "every member present, null when the document does not say");
        assertFalse(reply.body().contains("11010519491231002"), "never the full number");
    }

    @Test
    void aWrongCheckCharacterIsNamedInTheCallersLanguage() {
        Http.Reply english = validate("{\"kind\": \"RESIDENT_ID\", \"value\": \"110101197810270021\"}",
                "Accept-Language", "en");
        Http.Reply chinese = validate("{\"kind\": \"RESIDENT_ID\", \"value\": \"110101197810270021\"}");

        assertEquals(200, english.status(), english.body());
        assertFalse(english.json().getBoolean("valid"));
        JsonObject error = english.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("CHECK_DIGIT", error.getString("field"));
        assertTrue(error.getString("message").contains("check digit"), error.getString("message"));
        assertTrue(chinese.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("校验位"));
    }

    @Test
    void anExpiredPassportZoneIsValidButExpired() {
        Http.Reply reply = validate("{\"kind\": \"MRZ\", \"value\": \"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10\"}");

        assertEquals(200, reply.status(), reply.body());
        JsonObject answer = reply.json();
        assertTrue(answer.getBoolean("valid"), reply.body());
        assertTrue(answer.getBoolean("expired"));
        JsonObject document = answer.getJsonObject("document");
        assertEquals("TD3", document.getString("documentType"));
        assertEquals("L89**02C3", document.getString("numberMasked"));
        assertEquals("UTO", document.getString("nationality"));
        assertEquals("2012-04-15", document.getString("expiryDate"));
        assertEquals("E*******", document.getString("surname"));
        assertFalse(reply.body().contains("ERIKSSON"), "names masked");
    }

    @Test
    void aTypedPassportIsCheckedLikeItsZone() {
        Http.Reply good = validate("{\"kind\": \"PASSPORT\", \"fields\": {\"number\": \"E12345678\", "
                + "\"nationality\": \"CHN\", \"birthDate\": \"1990-05-01\", \"expiryDate\": \"2099-04-30\"}}");
        Http.Reply bad = validate("{\"kind\": \"PASSPORT\", \"fields\": {\"number\": \"E12345678\", "
                + "\"nationality\": \"XYZ\", \"birthDate\": \"1990-02-30\", \"expiryDate\": \"2099-04-30\"}}",
                "Accept-Language", "en");

        assertEquals(200, good.status(), good.body());
        assertTrue(good.json().getBoolean("valid"), good.body());
        assertFalse(good.json().getBoolean("expired"));
        assertEquals("PASSPORT", good.json().getJsonObject("document").getString("documentType"));
        assertFalse(bad.json().getBoolean("valid"));
        assertEquals("NATIONALITY", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("BIRTH_DATE", bad.json().getJsonArray("errors").getJsonObject(1).getString("field"));
    }

    @Test
    void anUnknownKindIsRefusedWithAFieldErrorInChineseAndEnglish() {
        Http.Reply chinese = validate("{\"kind\": \"DRIVING_LICENCE\", \"value\": \"123\"}");
        Http.Reply english = validate("{\"kind\": \"DRIVING_LICENCE\", \"value\": \"123\"}", "Accept-Language", "en");
        Http.Reply byQuery = api().post(PATH + "?lang=en", "{\"value\": \"123\"}", "Accept-Language", "zh");

        assertEquals(400, chinese.status(), chinese.body());
        assertTrue(chinese.contentType().startsWith("application/problem+json"), chinese.contentType());
        JsonObject error = chinese.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("kind", error.getString("field"));
        assertTrue(error.getString("message").startsWith("请说明证件种类"), error.getString("message"));
        assertEquals(400, english.status());
        assertTrue(english.json().getJsonArray("errors").getJsonObject(0).getString("message").startsWith("Say which document"));
        assertEquals(400, byQuery.status(), byQuery.body());
        JsonObject englishError = byQuery.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("kind", englishError.getString("field"));
        assertTrue(englishError.getString("message").contains("RESIDENT_ID, MRZ, PASSPORT"), englishError.getString("message"));
    }

    @Test
    void aRefusalIsWordedInRussianForAReaderOfRussian() {
        Http.Reply russian = validate("{\"kind\": \"DRIVING_LICENCE\", \"value\": \"123\"}",
                "Accept-Language", "ru-KZ,ru;q=0.9,en;q=0.5");

        assertEquals(400, russian.status(), russian.body());
        assertEquals("Часть введённых данных нужно исправить", russian.json().getString("title"));
        JsonObject error = russian.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("kind", error.getString("field"));
        assertTrue(error.getString("message").startsWith("Укажите вид документа, один из вариантов: RESIDENT_ID, MRZ"),
                error.getString("message"));
    }

    @Test
    void aMissingValueIsRefused() {
        Http.Reply reply = validate("{\"kind\": \"RESIDENT_ID\"}", "Accept-Language", "en");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("value", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theEndpointIsDescribedInTheApiDescription() {
        JsonObject paths = api().get("/openapi", "Accept", "application/json").json().getJsonObject("paths");

        assertTrue(paths.containsKey("/api/v1/identity/documents/validate"), paths.keySet().toString());
    }
}
