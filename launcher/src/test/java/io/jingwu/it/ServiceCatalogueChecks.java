package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/services}: the catalogue that forms are generated from, and how a submission's category and
 * answers are held to it; the admin side is closed to anyone not signed in.
 */
abstract class ServiceCatalogueChecks extends DeployedApplication {

    Http api() {
        return new Http(base());
    }

    static JsonObject service(JsonObject list, String type, String category) {
        return list.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("type").equals(type) && s.getString("category").equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + "/" + category + " in " + list));
    }

    static JsonObject field(JsonObject service, String code) {
        return service.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals(code)).findFirst().orElseThrow();
    }

    static List<String> codes(JsonObject service) {
        return service.getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("code")).toList();
    }

    static Map<String, String> errors(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    @Test
    void theServicesAreListedInChineseWithTheirFieldsInOrder() {
        Http.Reply reply = api().get("api/v1/services", "Accept-Language", "zh-CN,zh;q=0.9");

        assertEquals(200, reply.status(), reply.body());
        JsonObject list = reply.json();
        assertEquals("zh", list.getString("language"));
        JsonObject wages = service(list, "DISPUTE", "unpaid-wages");
        assertEquals("拖欠工资", wages.getString("name"));
        assertEquals(List.of("employerName", "workplace", "amountOwed", "monthsOwed", "workersAffected", "hasContract"),
                codes(wages));
        JsonObject amount = field(wages, "amountOwed");
        assertEquals("MONEY", amount.getString("type"));
        assertTrue(amount.getBoolean("required"));
        assertEquals("拖欠金额（元）", amount.getString("label"));
        assertEquals("1", amount.getJsonObject("limits").getString("min"));
        assertEquals(100, field(wages, "employerName").getJsonObject("limits").getInt("maxLength"));

        JsonObject channel = field(service(list, "FRAUD_REPORT", "money-lost"), "channel");
        assertEquals("CHOICE", channel.getString("type"));
        assertEquals(List.of("phone", "sms", "app", "social-media", "website"),
                channel.getJsonArray("choices").getValuesAs(JsonObject.class).stream().map(c -> c.getString("value")).toList());
        assertEquals("短信", channel.getJsonArray("choices").getJsonObject(1).getString("label"));

        Set<String> services = list.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("type") + "/" + s.getString("category")).collect(Collectors.toSet());
        assertTrue(services.containsAll(Set.of("DISPUTE/tenancy", "DISPUTE/neighbours", "DISPUTE/family",
                "INCIDENT/lost-property", "INCIDENT/wildlife-trapping", "DOCUMENT_REISSUE/id-card",
                "DOCUMENT_REISSUE/residence-permit", "IDENTITY_EXCEPTION/expired-passport", "CONSULTATION/general")), services.toString());
    }

    @Test
    void theServicesAreListedInEnglishAndWithEveryLanguageOnRequest() {
        Http.Reply english = api().get("api/v1/services?type=FRAUD_REPORT&lang=en", "Accept-Language", "zh");
        assertEquals(200, english.status(), english.body());
        JsonObject list = english.json();
        assertEquals("en", list.getString("language"));
        assertTrue(list.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getString("type").equals("FRAUD_REPORT")));
        JsonObject moneyLost = service(list, "FRAUD_REPORT", "money-lost");
        assertEquals("Money lost to fraud", moneyLost.getString("name"));
        assertEquals("URGENT", moneyLost.getString("defaultPriority"));
        JsonObject transferredAt = field(moneyLost, "transferredAt");
        assertEquals("DATETIME", transferredAt.getString("type"));
        assertEquals("Time of the transfer", transferredAt.getString("label"));
        assertEquals("P0D", transferredAt.getJsonObject("limits").getString("max"));
        assertEquals("Text message (SMS)", field(moneyLost, "channel").getJsonArray("choices").getJsonObject(1).getString("label"));
        assertTrue(!moneyLost.containsKey("texts"), "other languages only when asked for");

        JsonObject all = service(api().get("api/v1/services?allLanguages=true", "Accept-Language", "en").json(),
                "FRAUD_REPORT", "money-lost");
        assertEquals("被骗钱款", all.getJsonObject("texts").getJsonObject("zh").getString("name"));
        assertEquals("转账时间", field(all, "transferredAt").getJsonObject("texts").getJsonObject("zh").getString("label"));
        assertEquals("短信", field(all, "channel").getJsonArray("choices").getJsonObject(1).getJsonObject("labels").getString("zh"));
    }

    @Test
    void oneServiceByTypeAndCategory() {
        Http.Reply reply = api().get("api/v1/services/DOCUMENT_REISSUE/id-card", "Accept-Language", "en");
        assertEquals(200, reply.status(), reply.body());
        JsonObject idCard = reply.json();
        assertEquals("Reissue an ID card", idCard.getString("name"));
        assertEquals("ID_NUMBER", field(idCard, "idNumber").getString("type"));
        assertEquals("BOOLEAN", field(idCard, "needTemporaryId").getString("type"));

        Http.Reply missing = api().get("api/v1/services/DISPUTE/parking-fines", "Accept-Language", "en");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertEquals(400, api().get("api/v1/services?type=PARKING").status());
    }

    @Test
    void anUnchangedCatalogueIsNotSentAgain() throws Exception {
        HttpResponse<String> first = get("api/v1/services/DISPUTE/tenancy", "Accept-Language", "zh");
        assertEquals(200, first.statusCode(), first.body());
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, "ETag");
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"), first.headers().toString());

        assertEquals(304, get("api/v1/services/DISPUTE/tenancy", "Accept-Language", "zh", "If-None-Match", etag).statusCode());
        assertEquals(200, get("api/v1/services/DISPUTE/tenancy", "Accept-Language", "en", "If-None-Match", etag).statusCode(),
                "another language is another document");
    }

    @Test
    void aSubmissionWithValidAnswersIsAcceptedAndStartsWithItsServicesPriority() throws Exception {
        String anHourAgo = LocalDateTime.now(ZoneOffset.ofHours(8)).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        Http.Reply wages = api().post("api/v1/requests", """
                {"type": "DISPUTE", "category": "unpaid-wages", "description": "童装加工厂老板拖欠我们三个月工资。",
                 "divisionCode": "330502100", "contactName": "王师傅", "contactPhone": "13800138003", "lang": "zh",
                 "fields": {"employerName": "织里某童装加工厂", "amountOwed": "18,000", "monthsOwed": 3,
                            "workersAffected": "4", "hasContract": false}}
                """);
        assertEquals(201, wages.status(), wages.body());
        assertEquals("HUZ-ZL-LIVELIHOOD", wages.json().getJsonObject("unit").getString("code"));

        Http.Reply fraud = api().post("api/v1/requests", """
                {"type": "FRAUD_REPORT", "category": "money-lost", "description": "自称公检法的人让我把钱转到安全账户。",
                 "divisionCode": "330109", "contactName": "赵敏", "contactPhone": "13700001235", "lang": "zh",
                 "fields": {"amount": 20000, "transferredAt": "%s", "receivingAccount": "6222 0000 1111 2222",
                            "channel": "phone", "scamKind": "impersonating-officials"}}
                """.formatted(anHourAgo));
        assertEquals(201, fraud.status(), fraud.body());

        assertEquals(Map.of("category", "unpaid-wages", "priority", "NORMAL"), stored(wages));
        assertEquals(Map.of("category", "money-lost", "priority", "URGENT"), stored(fraud));
    }

    @Test
    void aRequestWithoutCategoryIsForTheGeneralServiceOfItsType() throws Exception {
        Http.Reply reply = api().post("api/v1/requests", """
                {"type": "INCIDENT", "description": "小区门口有人长期占道摆摊。", "divisionCode": "330327100",
                 "contactName": "林阿姨", "contactPhone": "13800138044"}
                """);
        assertEquals(201, reply.status(), reply.body());
        assertEquals("general", stored(reply).get("category"));
    }

    @Test
    void badAnswersAreRefusedFieldByFieldInTheCallersLanguage() {
        String bad = """
                {"type": "DOCUMENT_REISSUE", "category": "id-card", "description": "在学校食堂丢了身份证，需要补办。",
                 "divisionCode": "330502", "contactName": "赵同学", "contactPhone": "13800138005",
                 "fields": {"idNumber": "110101197810270021", "reason": "forgotten", "lostOn": "2999-01-01",
                            "needTemporaryId": "maybe", "favouriteColour": "blue"}}
                """;
        Http.Reply zh = api().post("api/v1/requests", bad, "Accept-Language", "zh-CN");
        Http.Reply en = api().post("api/v1/requests", bad, "Accept-Language", "en");

        assertEquals(400, zh.status(), zh.body());
        assertTrue(zh.contentType().startsWith("application/problem+json"), zh.contentType());
        Map<String, String> chinese = errors(zh);
        assertEquals(Set.of("fields.idNumber", "fields.reason", "fields.lostOn", "fields.needTemporaryId",
                "fields.favouriteColour"), chinese.keySet());
        assertEquals("证件号码的校验位不符，可能有字符输错。", chinese.get("fields.idNumber"));
        assertEquals("请从给定的选项中选择：lost, stolen, damaged。", chinese.get("fields.reason"));
        assertEquals("不能是将来的时间。", chinese.get("fields.lostOn"));
        assertEquals("请回答“是”或“否”。", chinese.get("fields.needTemporaryId"));

        assertEquals(400, en.status());
        Map<String, String> english = errors(en);
        assertEquals(chinese.keySet(), english.keySet(), "the same verdict in every language");
        assertEquals("This service does not ask this; please leave it out.", english.get("fields.favouriteColour"));
        assertTrue(english.get("fields.idNumber").contains("check digit"), english.get("fields.idNumber"));

        Http.Reply missing = api().post("api/v1/requests", """
                {"type": "DOCUMENT_REISSUE", "category": "id-card", "description": "在学校食堂丢了身份证，需要补办。",
                 "divisionCode": "330502", "contactName": "赵同学", "contactPhone": "13800138005", "fields": {}}
                """, "Accept-Language", "en");
        assertEquals(Map.of("fields.idNumber", "Please answer this question.", "fields.reason", "Please answer this question.",
                "fields.needTemporaryId", "Please answer this question."), errors(missing));
    }

    @Test
    void anUnknownCategoryIsRefused() {
        Http.Reply reply = api().post("api/v1/requests", """
                {"type": "DISPUTE", "category": "parking-fines", "description": "邻居的车总停在我家门口。",
                 "divisionCode": "330502", "contactName": "陈伟", "contactPhone": "13800138006", "fields": {}}
                """, "Accept-Language", "zh");
        assertEquals(400, reply.status(), reply.body());
        Map<String, String> errors = errors(reply);
        assertEquals(Set.of("category"), errors.keySet());
        assertTrue(errors.get("category").startsWith("“parking-fines”不是这类诉求的服务"), errors.get("category"));
        assertTrue(errors.get("category").contains("unpaid-wages"), errors.get("category"));
    }

    /** Whatever the authentication mechanism answers (its challenge, its body), the admin side stays shut. */
    @Test
    void theAdminSideIsClosedToAnyoneNotSignedIn() throws Exception {
        Http.Reply list = api().get("api/v1/admin/services", "Accept-Language", "en");
        assertTrue(list.status() == 401 || list.status() == 403, list.status() + " " + list.body());
        assertTrue(!list.body().contains("unpaid-wages"), list.body());

        HttpResponse<String> put = CLIENT.send(HttpRequest.newBuilder(base().resolve("api/v1/admin/services/DISPUTE/unpaid-wages"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"active": false, "handledBy": ["POLICE_STATION"],
                         "texts": {"zh": {"name": "改"}, "en": {"name": "Changed"}}, "fields": []}
                        """)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() == 401 || put.statusCode() == 403, put.statusCode() + " " + put.body());

        JsonObject wages = api().get("api/v1/services/DISPUTE/unpaid-wages", "Accept-Language", "zh").json();
        assertEquals("拖欠工资", wages.getString("name"), "unchanged");
        assertEquals(6, wages.getJsonArray("fields").size());
    }

    @Test
    void theCatalogueIsDescribedByOpenApi() {
        JsonObject paths = api().get("/openapi", "Accept", "application/json").json().getJsonObject("paths");
        for (String path : List.of("/api/v1/services", "/api/v1/services/{type}/{category}",
                "/api/v1/admin/services/{type}/{category}")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
    }

    /** For what {@link Http} does not show: response headers, and methods it does not send. */
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base().resolve(path)).headers(headers).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Category and priority as stored, beneath the API. */
    private static Map<String, String> stored(Http.Reply receipt) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT category, priority FROM requests WHERE tracking_number = ?")) {
            read.setString(1, receipt.json().getString("trackingNumber").replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                return Map.of("category", row.getString("category"), "priority", row.getString("priority"));
            }
        }
    }
}
