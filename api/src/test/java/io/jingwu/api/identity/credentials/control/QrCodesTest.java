package io.jingwu.api.identity.credentials.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodesTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    @Test
    void aScannerReadsBackWhatTheCodeCarries() throws Exception {
        String token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqaW5nd3UiLCJzdWIiOiJLN1FEOU0yWFBBNFQifQ.c2lnbmF0dXJl";
        String svg = QrCodes.svg(token);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertEquals(token, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(raster(svg)))).getText());
    }

    /** Paints the SVG's unit squares into a grey-scale image, as a camera would see the screen. */
    private static LuminanceSource raster(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find());
        int size = Integer.parseInt(box.group(1));
        byte[] pixels = new byte[size * SCALE * size * SCALE];
        java.util.Arrays.fill(pixels, (byte) 0xFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * size * SCALE + x * SCALE + dx] = 0;
                }
            }
        }
        return new com.google.zxing.RGBLuminanceSource(size * SCALE, size * SCALE, toRgb(pixels));
    }

    private static int[] toRgb(byte[] grey) {
        int[] rgb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int v = grey[i] & 0xFF;
            rgb[i] = 0xFF000000 | v << 16 | v << 8 | v;
        }
        return rgb;
    }
}
