package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repeats: a request from the same phone (一人多警), at the same place (一地多警) or with the same words (重复报警)
 * as an earlier one is linked to it; clerks see the marker and the cluster, other units' requests only by unit.
 * Every run uses its own phones, addresses and descriptions, so nothing links to requests of other checks or runs.
 */
abstract class RepeatChecks extends DeployedApplication {

    static final String ZHILI = StaffWorkChecks.ZHILI;
    static final String CANGNAN = StaffWorkChecks.CANGNAN;
    static final String ZHILI_TOWN = "330502100";
    static final String LINGXI_TOWN = "330327100";

    private static final SecureRandom RANDOM = new SecureRandom();

    Http api() {
        return new Http(base());
    }

    @Test
    void theSamePhoneTwiceIsLinkedFlaggedAndCanBeMerged() throws Exception {
        String phone = phone();
        String first = submit(ZHILI_TOWN, phone, street() + "18号", wages());
        String second = submit(ZHILI_TOWN, phone, street() + "7号", wall());
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);

        JsonObject cluster = cluster(clerk, second);
        assertEquals(1, cluster.getJsonArray("linked").size(), cluster.toString());
        JsonObject linked = cluster.getJsonArray("linked").getJsonObject(0);
        assertEquals(first, linked.getString("trackingNumber"));
        assertEquals(List.of("SAME_PHONE"), kinds(linked));
        assertEquals(List.of("一人多警"), linked.getJsonArray("kindLabels").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("SUBMITTED", linked.getString("status"));
        assertEquals("DISPUTE", linked.getString("type"));
        assertEquals("织里民生服务队", linked.getString("unitName"));
        assertFalse(cluster.toString().contains(phone.substring(3)), "no personal data: " + cluster);

        JsonObject view = api().get("api/v1/staff/requests/" + second, bearer(clerk)).json();
        assertEquals(List.of("SAME_PHONE"), kinds(view.getJsonObject("repeats")));
        assertEquals(1, view.getJsonObject("repeats").getInt("count"));
        assertEquals(List.of(second), trackingNumbers(cluster(clerk, first)), "the earlier one sees the later one");

        // the repeat moves to a queue of its own, where the workbench shows the marker
        String ownUnit = newUnit();
        String bothUnits = StaffAccounts.signedIn(api(), "CLERK", ZHILI, ownUnit);
        moved(api().post("api/v1/staff/requests/" + second + "/transfer",
                "{\"unitCode\": \"" + ownUnit + "\", \"reason\": \"重复报警，集中处理\"}", bearer(clerk)), "SUBMITTED");
        String queue = "api/v1/queue?status=SUBMITTED&unit=" + StaffAuthChecks.unitId(ownUnit);
        List<JsonObject> items = api().get(queue, bearer(bothUnits)).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), items.toString());
        assertEquals(List.of("SAME_PHONE"), items.get(0).getJsonArray("repeatKinds")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        moved(api().post("api/v1/staff/requests/" + second + "/merge", "{\"into\": \"" + first + "\"}",
                bearer(bothUnits)), "MERGED");
        assertEquals(List.of(first), trackingNumbers(cluster(bothUnits, second)), "merging keeps the link");
        JsonObject merged = cluster(bothUnits, first).getJsonArray("linked").getJsonObject(0);
        assertEquals("MERGED", merged.getString("status"));
        assertEquals(0, api().get(queue, bearer(bothUnits)).json().getJsonArray("items").size(),
                "the merged request has left the queue");
    }

    @Test
    void theSamePlaceWrittenDifferentlyIsLinked() {
        String street = street();
        String first = submit(ZHILI_TOWN, phone(), "织里镇" + street + "18号", wages());
        String second = submit(ZHILI_TOWN, phone(), "浙江省湖州市 织里镇 " + street + " １８ 号", wall());
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);

        JsonObject cluster = cluster(clerk, second);
        assertEquals(List.of(first), trackingNumbers(cluster), cluster.toString());
        assertEquals(List.of("SAME_PLACE"), kinds(cluster.getJsonArray("linked").getJsonObject(0)));
    }

    @Test
    void nearlyTheSameTextFromAnotherPhoneAndPlaceIsLinked() {
        String text = wages();
        String first = submit(ZHILI_TOWN, phone(), street() + "3号", text);
        String second = submit(ZHILI_TOWN, phone(), street() + "5号",
                text.replace("，", ", ").replace("。", "!") + "  ");
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);

        JsonObject cluster = cluster(clerk, second);
        assertEquals(List.of(first), trackingNumbers(cluster), cluster.toString());
        assertEquals(List.of("SIMILAR_TEXT"), kinds(cluster.getJsonArray("linked").getJsonObject(0)));
        assertEquals(List.of("SIMILAR_TEXT"), kinds(api().get("api/v1/staff/requests/" + first, bearer(clerk))
                .json().getJsonObject("repeats")));
    }

    @Test
    void anUnrelatedRequestIsLinkedToNothing() {
        submit(ZHILI_TOWN, phone(), street() + "9号", wages());
        String unrelated = submit(ZHILI_TOWN, phone(), street() + "9号", wall());
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);

        assertEquals(List.of(), trackingNumbers(cluster(clerk, unrelated)));
        JsonObject repeats = api().get("api/v1/staff/requests/" + unrelated, bearer(clerk)).json().getJsonObject("repeats");
        assertEquals(0, repeats.getInt("count"));
        assertEquals(List.of(), kinds(repeats));
    }

    @Test
    void aRequestOutsideTheWindowsIsNotLinked() throws Exception {
        String phone = phone();
        String address = street() + "21号";
        String text = wages();
        String old = submit(ZHILI_TOWN, phone, address, text);
        try (Connection db = TestEnvironment.connect();
             PreparedStatement request = db.prepareStatement("UPDATE requests SET created_at = created_at - INTERVAL 31 DAY"
                     + " WHERE tracking_number = ?");
             PreparedStatement prints = db.prepareStatement("UPDATE request_fingerprints f JOIN requests r"
                     + " ON r.id = f.request_id SET f.created_at = r.created_at WHERE r.tracking_number = ?");
             PreparedStatement textIndex = db.prepareStatement("UPDATE similar_text_blocks b JOIN requests r"
                     + " ON r.id = b.request_id SET b.created_at = r.created_at WHERE r.tracking_number = ?")) {
            for (PreparedStatement backdate : List.of(request, prints, textIndex)) {
                backdate.setString(1, old.replace("-", ""));
                assertTrue(backdate.executeUpdate() > 0);
            }
        }
        String now = submit(ZHILI_TOWN, phone, address, text);
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);

        assertEquals(List.of(), trackingNumbers(cluster(clerk, now)), "31 days back is beyond every default window");
    }

    @Test
    void aClerkSeesAnotherUnitsRepeatOnlyByItsUnit() {
        String phone = phone();
        String inCangnan = submit(LINGXI_TOWN, phone, "灵溪镇" + street() + "2号", wall());
        String inZhili = submit(ZHILI_TOWN, phone, street() + "4号", wages());
        String zhiliClerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);

        JsonObject cluster = cluster(zhiliClerk, inZhili);
        assertEquals(1, cluster.getJsonArray("linked").size(), cluster.toString());
        JsonObject elsewhere = cluster.getJsonArray("linked").getJsonObject(0);
        assertEquals(List.of("SAME_PHONE"), kinds(elsewhere));
        assertEquals("苍南县乡贤调解团", elsewhere.getString("unitName"), elsewhere.toString());
        assertTrue(elsewhere.containsKey("submittedAt"));
        for (String hidden : List.of("trackingNumber", "status", "type", "category")) {
            assertFalse(elsewhere.containsKey(hidden), hidden + ": " + elsewhere);
        }
        assertFalse(cluster.toString().contains(inCangnan), cluster.toString());
        assertEquals(404, api().post("api/v1/staff/requests/" + inZhili + "/merge", "{\"into\": \"" + inCangnan + "\"}",
                bearer(zhiliClerk)).status(), "another unit's request cannot be merged into");
        assertEquals(404, api().get("api/v1/staff/requests/" + inCangnan + "/repeats", bearer(zhiliClerk)).status());
    }

    /**
     * The demo data is written plain with fixed dates in November 2026 and encrypted at the first start, when its
     * fingerprints are computed from the plain text. Housekeeping deletes each kind's fingerprints a day after they
     * leave its window (30 days for a phone, 7 for a place, 3 for a text), whenever it runs: so the kinds still in
     * their window must be there, and the phone's must be the first 64 bits of the lookup hash written with it.
     */
    @Test
    void demoRequestsWrittenPlainGetTheirFingerprintsWhenEncrypted() throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement prints = db.prepareStatement("SELECT f.kind, f.value, r.contact_phone_hash, r.created_at"
                     + " FROM requests r LEFT JOIN request_fingerprints f ON f.request_id = r.id"
                     + " WHERE r.tracking_number = 'M9S346Q3D25J' ORDER BY f.kind");
             ResultSet rows = prints.executeQuery()) {
            Map<String, Long> found = new TreeMap<>();
            String phoneHash = null;
            Instant submitted = null;
            while (rows.next()) {
                if (rows.getString(1) != null) {
                    found.put(rows.getString(1), rows.getLong(2));
                }
                phoneHash = rows.getString(3);
                submitted = rows.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
            assertTrue(phoneHash != null && phoneHash.length() == 64, "encrypted, with its phone's lookup hash");
            Duration age = Duration.between(submitted, Instant.now());
            Map<String, Duration> windows = Map.of("SAME_PHONE",
                    Duration.ofDays(30), "SAME_PLACE", Duration.ofDays(7), "SIMILAR_TEXT",
                    Duration.ofDays(3));
            windows.forEach((kind, window) -> {
                if (age.compareTo(window) < 0) {
                    assertTrue(found.containsKey(kind), kind + " is still in its window: " + found);
                }
            });
            assertTrue(windows.keySet().containsAll(found.keySet()), found.toString());
            if (found.containsKey("SAME_PHONE")) {
                assertEquals(HexFormat.fromHexDigitsToLong(phoneHash, 0, 16), found.get("SAME_PHONE"));
            }
        }
    }

    // ---- a run's own requests ------------------------------------------------------------------------------

    private String submit(String division, String phone, String address, String description) {
        String body = Json.createObjectBuilder().add("type", "DISPUTE").add("description", description)
                .add("divisionCode", division).add("address", address).add("contactName", "蒋红")
                .add("contactPhone", phone).add("lang", "zh").add("fields", Json.createObjectBuilder()).build().toString();
        Http.Reply created = api().post("api/v1/requests", body);
        assertEquals(201, created.status(), created.body());
        return created.json().getString("trackingNumber");
    }

    private JsonObject cluster(String token, String trackingNumber) {
        Http.Reply reply = api().get("api/v1/staff/requests/" + trackingNumber + "/repeats", bearer(token));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<String> trackingNumbers(JsonObject cluster) {
        return cluster.getJsonArray("linked").getValuesAs(JsonObject.class).stream()
                .map(linked -> linked.getString("trackingNumber")).toList();
    }

    private static List<String> kinds(JsonObject withKinds) {
        return withKinds.getJsonArray("kinds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static void moved(Http.Reply reply, String status) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals(status, reply.json().getString("status"), reply.body());
    }

    /** An unassigned mobile number of this run. */
    private static String phone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A street name no other run uses. */
    private static String street() {
        return randomHan(4) + "路";
    }

    /**
     * Unpaid wages at a clothing workshop, with this run's own names in it. The names are long enough that two of
     * these texts are never near-identical by chance (fingerprints 11 bits or more apart in 50,000 tries; with names
     * a quarter as long, about 1 pair in 7,000 came within the 8 bits that link, and a check saw a stranger's link).
     */
    private static String wages() {
        return "我在" + randomHan(24) + "童装加工厂做车工，老板" + randomHan(30) + "已经拖欠我和另外五个工友三个月的工资，"
                + "一共两万四千元，打电话也不接，" + randomHan(40) + "请帮我们讨回工资。";
    }

    /** A neighbour's wall, with this run's own names in it, long enough for the same reason as {@link #wages()}'s. */
    private static String wall() {
        return "我家和隔壁邻居" + randomHan(30) + "因为院子的围墙高度发生争执，邻居把围墙加高挡住了" + randomHan(30)
                + "家的采光，多次沟通都没有结果，" + randomHan(40) + "希望民警帮忙调解。";
    }

    private static String randomHan(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00));
        }
        return text.toString();
    }

    private String newUnit() {
        String code = "IT-RP-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "重复报警测试", "nameEn": "Repeats test", "kind": "LIVELIHOOD_TEAM",
                 "jurisdiction": ["330502"], "active": true}
                """.formatted(code), bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        return code;
    }
}
