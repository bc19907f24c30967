package io.jingwu.portal.fraudlist.boundary;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An uploaded file is read as UTF-8, with or without the byte order mark a spreadsheet writes, and nothing else. */
class CsvFilesTest {

    private static final String CSV = "kind,value,source,listedOn,expiresOn\nphone,13912345678,湖州市反诈中心通报,,\n";

    private static String read(byte[] bytes) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = CsvFiles.reader(new ByteArrayInputStream(bytes))) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    @Test
    void aPlainUtf8FileIsReadAsItIs() throws IOException {
        assertEquals(CSV, read(CSV.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theByteOrderMarkOfASpreadsheetIsSkipped() throws IOException {
        assertEquals(CSV, read(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGbkFileIsRefusedRatherThanGarbled() {
        assertThrows(IOException.class, () -> read(CSV.getBytes(Charset.forName("GBK"))));
    }
}
