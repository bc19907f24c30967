package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.platform.crypto.TestKeyring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsubscribeLinksTest {

    @BeforeEach
    void keys() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        TestKeyring.install(key);
    }

    @Test
    void aLinkLeadsToThePortalsUnsubscribePageWithATokenForTheSubscription() {
        String link = new UnsubscribeLinks("https://jingwu.example.cn/").of("Ab3_x-9QzT0k");

        assertTrue(link.startsWith("https://jingwu.example.cn/fraud/unsubscribe.xhtml?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);
        assertEquals(Optional.of("Ab3_x-9QzT0k"), UnsubscribeTokens.tokenId(token));
    }

    @Test
    void theSampleIsAsLongAsEveryRealLink() {
        UnsubscribeLinks links = new UnsubscribeLinks("https://jingwu.example.cn");
        assertEquals(links.of("q9-_Zx81LmNo").length(), links.sample().length());
    }
}
