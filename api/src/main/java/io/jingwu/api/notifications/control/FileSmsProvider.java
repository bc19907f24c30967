package io.jingwu.api.notifications.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * For development (the embedded default): a phone nobody has to hold. Appends every message, one-time codes
 * included, as one line (the time in ISO-8601, the phone and the text, separated by tabs) to a file in the data
 * folder, and writes it to the server log. Never for real citizens: their codes would be readable there.
 */
class FileSmsProvider implements SmsProvider {

    static final String FILE_NAME = "sms-outbox.log";

    private static final Logger LOG = Logger.getLogger(FileSmsProvider.class.getName());
    /** Message ids recently written, to drop a repeat as a provider must; a developer's outbox never holds more. */
    private static final int REMEMBERED = 10_000;

    private final Path file;
    private final Clock clock;
    private final Set<String> written = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    FileSmsProvider(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public synchronized void deliver(String messageId, String phoneE164, String text) throws SmsNotDelivered {
        if (written.contains(messageId)) {
            return;
        }
        String line = clock.instant().truncatedTo(ChronoUnit.SECONDS) + "\t" + phoneE164 + "\t"
                + text.replaceAll("[\\r\\n\\t]+", " ") + System.lineSeparator();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new SmsNotDelivered("cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
        written.add(messageId);
        LOG.info(() -> "Text message to " + phoneE164 + " (also in " + file + "): " + text);
    }
}
