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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

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
        return requestWithToken(api(), phone);
    }

    static String[] requestWithToken(Http api, String phone) throws Exception {
        String number = api.post("api/v1/requests", RequestsApiChecks.dispute("330502100", "沈佳怡", phone,
                "邻居家装修噪音持续到深夜，附上照片。")).json().getString("trackingNumber");
        assertEquals(202, api.post("api/v1/requests/" + number + "/access-codes",
                "{\"phone\": \"" + phone + "\"}").status());
        Http.Reply granted = api.post("api/v1/requests/" + number + "/citizen-tokens",
                "{\"code\": \"" + CitizenAccessChecks.lastCodeSentTo("+86" + phone) + "\"}");
        assertEquals(201, granted.status(), granted.body());
        return new String[]{number, granted.json().getString("token")};
    }

    /** An upload through the suite's load balancer, from the citizen at {@code clientAddress}. */
    static Http.Reply uploadFrom(String clientAddress, String[] request, byte[] image, String language) {
        return new Http(LoopbackRelay.from("127.0.0.2")).postBytes("api/v1/requests/" + request[0] + "/evidence",
                image, "image/png", "Authorization", "CitizenToken " + request[1], "Accept-Language", language,
                "X-Forwarded-For", clientAddress);
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

    @Test
    void aSixthImageIsRefusedBeforeItsBodyIsRead() throws Exception {
        String[] request = requestWithToken("13800138742");
        for (int i = 0; i < 5; i++) {
            assertEquals(201, upload(request[0], request[1], image("png", 8 + i, 8), "image/png").status());
        }

        Http.Reply sixth = upload(request[0], request[1], new byte[6 * 1024 * 1024], "image/png");

        assertEquals(409, sixth.status(), "not 413: the body was never read " + sixth.body());
        assertTrue(sixth.json().getString("detail").contains("at most 5 images"), sixth.body());
    }

    @Test
    void uploadsAreLimitedPerCitizenTokenAndPerClientAddress() throws Exception {
        String address = "203.0.113.140";
        byte[] notAnImage = "not an image".getBytes(StandardCharsets.US_ASCII);
        String[] first = requestWithToken("13800138744");
        for (int i = 0; i < 20; i++) {
            assertEquals(400, uploadFrom(address, first, notAnImage, "en").status());
        }

        Http.Reply tokenSpent = uploadFrom(address, first, image("png", 8, 8), "en");
        assertEquals(429, tokenSpent.status(), tokenSpent.body());
        assertEquals("3600", tokenSpent.header("Retry-After"));
        assertTrue(tokenSpent.json().getString("detail").contains("Too many images"), tokenSpent.body());
        assertTrue(uploadFrom(address, first, notAnImage, "ru").json().getString("detail")
                .contains("Слишком много изображений"));
        assertTrue(uploadFrom(address, first, notAnImage, "zh").json().getString("detail").contains("图片"));

        for (int token = 1; token < 5; token++) {
            String[] next = requestWithToken("1380013874" + (4 + token));
            for (int i = 0; i < 20; i++) {
                assertEquals(400, uploadFrom(address, next, notAnImage, "en").status());
            }
        }
        String[] sixth = requestWithToken("13800138750");
        assertEquals(429, uploadFrom(address, sixth, image("png", 8, 8), "en").status(),
                "a hundred uploads from one address in the hour, over five tokens");
        assertEquals(201, uploadFrom("203.0.113.141", sixth, image("png", 8, 8), "en").status(),
                "the same citizen from another address");
    }

    @Test
    void aWebpPhotoReachesTheClerkDecodedAndEncodedAgainWithoutItsGpsPosition() throws Exception {
        String[] request = requestWithToken("13800138751");
        byte[] webp;
        try (var in = AttachmentsChecks.class.getResourceAsStream("/images/photo-with-gps.webp")) {
            webp = in.readAllBytes();
        }
        assertTrue(contains(webp, "WGS-84-HUZHOU-GPS") && contains(webp, "VP8 "));

        Http.Reply stored = upload(request[0], request[1], webp, "image/webp");

        assertEquals(201, stored.status(), stored.body());
        assertEquals("image/jpeg", stored.json().getString("mediaType"), "no WebP bitstream is passed on");
        String clerk = StaffAccounts.signedIn(api(), "CLERK", StaffWorkChecks.ZHILI);
        Http.Binary image = api().getBytes("api/v1/staff/requests/" + request[0] + "/attachments/"
                + stored.json().getJsonNumber("id").longValue(), bearer(clerk));
        assertEquals("image/jpeg", image.contentType());
        assertFalse(contains(image.body(), "HUZHOU"));
        assertFalse(contains(image.body(), "VP8"));
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertEquals(64, pixels.getWidth());
        assertEquals(48, pixels.getHeight());
        Color centre = new Color(pixels.getRGB(32, 24));
        assertTrue(centre.getRed() > 200 && centre.getGreen() > 200 && centre.getBlue() > 200, centre.toString());
    }

    @Test
    void pingAnswersWhileLargeImagesAreUploadedInParallelAndTheSurplusIsToldToComeBack() throws Exception {
        String address = "203.0.113.150";
        String[][] requests = {requestWithToken("13800138752"), requestWithToken("13800138753")};
        byte[] large = blankPng(6000, 6000, true);   // 36 million pixels: allowed, and over 100 MB once decoded
        ExecutorService uploaders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Reply>> uploads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String[] request = requests[i % 2];
                uploads.add(uploaders.submit(() -> uploadFrom(address, request, large, "en")));
            }
            // the moment the ping is about: an image being decoded, as the server tells
            new ApplicationMetrics(base()).await("attachments_decodes_in_progress", decoding -> decoding >= 1,
                    Duration.ofSeconds(60), () -> !uploads.stream().allMatch(Future::isDone));
            long start = System.nanoTime();
            Http.Reply ping = api().get("api/v1/ping");
            Duration pinged = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(200, ping.status());
            assertTrue(pinged.compareTo(Duration.ofSeconds(5)) < 0, "ping took " + pinged);

            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Reply> upload : uploads) {
                Http.Reply reply = upload.get(120, TimeUnit.SECONDS);
                statuses.add(reply.status());
                if (reply.status() == 503) {
                    assertEquals("5", reply.header("Retry-After"));
                    assertTrue(reply.json().getString("detail").contains("try again in a few seconds"), reply.body());
                }
            }
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 503), statuses.toString());
            assertTrue(statuses.contains(201), statuses.toString());
            assertTrue(statuses.contains(503), "more decodes at once than the server takes: " + statuses);
        } finally {
            uploaders.shutdownNow();
        }
        assertEquals(200, api().get("health/live").status());
        assertEquals(201, uploadFrom(address, requests[0], image("jpeg", 16, 16), "en").status());
    }

    static JsonArray array(Http.Reply reply) {
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

    /**
     * A PNG whose pixels are all black, 8-bit RGB or 1-bit grey: each row compresses to almost nothing, so the file
     * is small however many pixels it announces and holds.
     */
    static byte[] blankPng(int width, int height, boolean rgb) throws IOException {
        byte[] row = new byte[1 + (rgb ? 3 * width : (width + 7) / 8)];
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(pngChunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) (rgb ? 8 : 1)).put((byte) (rgb ? 2 : 0)).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.writeBytes(pngChunk("IDAT", pixels.toByteArray()));
        png.writeBytes(pngChunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
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
