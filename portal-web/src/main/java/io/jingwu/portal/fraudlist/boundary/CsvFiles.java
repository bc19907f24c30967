package io.jingwu.portal.fraudlist.boundary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded CSV file as text. Spreadsheets save "CSV UTF-8" with a byte order mark, which would make the header's
 * first column unknown: it is skipped. A file in another encoding (a GBK file saved by an older spreadsheet) is
 * refused as it is read rather than imported as garbled text.
 */
final class CsvFiles {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private CsvFiles() {
    }

    static Reader reader(InputStream bytes) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        text.mark(1);
        if (text.read() != BYTE_ORDER_MARK) {
            text.reset();
        }
        return text;
    }
}
