package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen adds photos to their request; the clerks of the request's unit see them, without the position the
 * phone wrote into them; nobody else does.
 */
abstract class AttachmentsChecks extends DeployedApplication {

    private static final String GPS_MARK = "WGS-84-ZHILI-GPS";

    Http api() {
        return new Http(base());
    }

    /** A request in Zhili (served by HUZ-ZL-LIVELIHOOD) and a citizen token for it. */
    private String[] requestWithToken(String phone) throws Exception {
        String number = api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", "沈佳怡", phone,
                "邻居家装修噪音持续到深夜，附上照片。")).json().getString("trackingNumber");
        assertEquals(202, api().post("api/v1/requests/" + number + "/access-codes",
                "{\"phone\": \"" + phone + "\"}").status());
        Http.Reply granted = api().post("api/v1/requests/" + number + "/citizen-tokens",
                "{\"code\": \"" + CitizenAccessChecks.lastCodeSentTo("+86" + phone) + "\"}");
        assertEquals(201, granted.status(), granted.body());
        return new String[]{number, granted.json().getString("token")};
    }

    private Http.Reply upload(String number, String token, byte[] image, String contentType) {
        return api().postBytes("api/v1/requests/" + number + "/evidence", image, contentType,
                "Authorization", "CitizenToken " + token, "Accept-Language", "en");
    }

    @Test
    void aCitizensPhotoReachesTheClerkWithoutItsGpsPosition() throws Exception {
        String[] request = requestWithToken("13800138731");
        String number = request[0];
        byte[] photo = jpegWithGps(64, 48);
        assertTrue(contains(photo, GPS_MARK));

        Http.Reply stored = upload(number, request[1], photo, "image/jpeg");

        assertEquals(201, stored.status(), stored.body());
        JsonObject view = stored.json();
        assertEquals("image/jpeg", view.getString("mediaType"));
        assertEquals(64, view.getInt("width"));
        assertEquals(48, view.getInt("height"));
        long id = view.getJsonNumber("id").longValue();
        JsonArray listed = array(api().get("api/v1/requests/" + number + "/evidence",
                "Authorization", "CitizenToken " + request[1]));
        assertEquals(1, listed.size());
        assertEquals(id, listed.getJsonObject(0).getJsonNumber("id").longValue());
        assertFalse(listed.getJsonObject(0).containsKey("content"));

        String clerk = StaffAccounts.signedIn(api(), "CLERK", StaffWorkChecks.ZHILI);
        JsonArray staffList = array(api().get("api/v1/staff/requests/" + number + "/attachments", bearer(clerk)));
        assertEquals(1, staffList.size());
        assertEquals("citizen", staffList.getJsonObject(0).getString("uploadedBy"));
        Http.Binary image = api().getBytes("api/v1/staff/requests/" + number + "/attachments/" + id, bearer(clerk));
        assertEquals(200, image.status());
        assertEquals("image/jpeg", image.contentType());
        assertEquals("no-store", image.cacheControl());
        assertFalse(contains(image.body(), "Exif"));
        assertFalse(contains(image.body(), GPS_MARK));
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertEquals(64, pixels.getWidth());
        assertEquals(view.getInt("sizeBytes"), image.body().length);

        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT content FROM attachments WHERE id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                byte[] column = row.getBytes(1);
                assertEquals(1, column[0], "sealed: format version first");
                assertFalse(column[1] == (byte) 0xFF && column[2] == (byte) 0xD8, "not a plain JPEG");
                assertEquals(image.body().length + 29, column.length);
            }
        }

        String stranger = StaffAccounts.signedIn(api(), "CLERK", StaffWorkChecks.CANGNAN);
        assertEquals(404, api().get("api/v1/staff/requests/" + number + "/attachments", bearer(stranger)).status());
        assertEquals(404, api().getBytes("api/v1/staff/requests/" + number + "/attachments/" + id,
                bearer(stranger)).status());
        assertEquals(401, api().getBytes("api/v1/staff/requests/" + number + "/attachments/" + id).status());
    }

    @Test
    void disguisedOversizedUnauthorisedAndSurplusUploadsAreRefused() throws Exception {
        String[] request = requestWithToken("13800138732");
        String number = request[0];
        String token = request[1];

        Http.Reply disguised = upload(number, token,
                "<html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8), "image/jpeg");
        assertEquals(400, disguised.status(), disguised.body());
        assertTrue(disguised.contentType().startsWith("application/problem+json"));
        assertTrue(disguised.json().getString("detail").contains("JPEG, PNG and WebP"), disguised.body());
        Http.Reply inChinese = api().postBytes("api/v1/requests/" + number + "/evidence",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/octet-stream",
                "Authorization", "CitizenToken " + token, "Accept-Language", "zh");
        assertEquals(400, inChinese.status());
        assertTrue(inChinese.json().getString("detail").contains("图片"), inChinese.body());

        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(image("jpeg", 8, 8), 0, oversized, 0, 100);
        Http.Reply tooLarge = upload(number, token, oversized, "image/jpeg");
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.json().getString("detail").contains("5 MB"), tooLarge.body());

        assertEquals(401, api().postBytes("api/v1/requests/" + number + "/evidence", image("png", 8, 8), "image/png")
                .status());
        assertEquals(401, api().get("api/v1/requests/" + number + "/evidence").status());

        for (int i = 0; i < 5; i++) {
            Http.Reply accepted = upload(number, token, image(i % 2 == 0 ? "png" : "jpeg", 10 + i, 10), "application/octet-stream");
            assertEquals(201, accepted.status(), accepted.body());
        }
        Http.Reply sixth = upload(number, token, image("png", 8, 8), "image/png");
        assertEquals(409, sixth.status(), sixth.body());
        assertTrue(sixth.json().getString("detail").contains("at most 5 images"), sixth.body());
        JsonArray listed = array(api().get("api/v1/requests/" + number + "/evidence",
                "Authorization", "CitizenToken " + token));
        assertEquals(5, listed.size());
        assertEquals("image/png", listed.getJsonObject(0).getString("mediaType"), "the content decided");
    }

    private static JsonArray array(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    /** A JPEG with an EXIF APP1 segment as a phone writes it: a GPS IFD with latitude N and a map datum. */
    private static byte[] jpegWithGps(int width, int height) throws IOException {
        byte[] datum = (GPS_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        int values = 26 + 2 + 3 * 12 + 4;
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(values);
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(values + 24);
        tiff.putInt(0);
        tiff.putInt(30).putInt(1).putInt(52).putInt(1).putInt(1234).putInt(100).put(datum);
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.write(tiff.array(), 0, tiff.position());

        byte[] jpeg = image("jpeg", width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) ((exif.size() + 2) >> 8), (byte) (exif.size() + 2)});
        out.writeBytes(exif.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
