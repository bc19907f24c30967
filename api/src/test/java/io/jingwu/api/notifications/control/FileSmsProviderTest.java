package io.jingwu.api.notifications.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The development provider: the embedded default's phone is a file in the data folder. */
class FileSmsProviderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:03:04.567Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void appendsEveryMessageCodeIncludedAsOneLineOfTimePhoneAndText() throws Exception {
        Path file = dataDir.resolve("sms-outbox.log");
        FileSmsProvider provider = new FileSmsProvider(file, CLOCK);

        provider.deliver("m-1", "+8613900001234", "【警务服务】您的验证码为 048213，5 分钟内有效。");
        provider.deliver("m-2", "+8613900005678", "Your request was accepted.\nThank you.");

        assertEquals(List.of(
                "2026-12-05T02:03:04Z\t+8613900001234\t【警务服务】您的验证码为 048213，5 分钟内有效。",
                "2026-12-05T02:03:04Z\t+8613900005678\tYour request was accepted. Thank you."),
                Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void aRepeatedMessageIsWrittenOnce() throws Exception {
        Path file = dataDir.resolve("sms-outbox.log");
        FileSmsProvider provider = new FileSmsProvider(file, CLOCK);

        provider.deliver("m-1", "+8613900001234", "Your code is 048213.");
        provider.deliver("m-1", "+8613900001234", "Your code is 048213.");

        assertEquals(1, Files.readAllLines(file, StandardCharsets.UTF_8).size());
    }

    @Test
    void aFileThatCannotBeWrittenIsADeclaredFailureTriedAgainLater() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("plain-file"), "");
        FileSmsProvider provider = new FileSmsProvider(notAFolder.resolve("sms-outbox.log"), CLOCK);

        SmsNotDelivered failure = assertThrows(SmsNotDelivered.class,
                () -> provider.deliver("m-1", "+8613900001234", "Your code is 048213."));
        assertEquals(false, failure.getMessage().contains("048213") || failure.getMessage().contains("+86139"));
    }

    @Test
    void isChosenByJingwuSmsProviderFileAndWritesIntoTheDataFolder() throws Exception {
        SmsProviders providers = new SmsProviders();
        providers.configured = "file";
        providers.dataDir = dataDir.toString();
        providers.clock = CLOCK;

        SmsProvider provider = providers.provider();
        provider.deliver("m-1", "+8613900001234", "Your code is 048213.");

        assertInstanceOf(FileSmsProvider.class, provider);
        assertEquals(List.of("2026-12-05T02:03:04Z\t+8613900001234\tYour code is 048213."),
                Files.readAllLines(dataDir.resolve("sms-outbox.log"), StandardCharsets.UTF_8));
        assertEquals(false, providers.noneConnected(), "the outbox shows no texts: they are in the file");
    }
}
