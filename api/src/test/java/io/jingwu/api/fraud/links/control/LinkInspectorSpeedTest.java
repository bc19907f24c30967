package io.jingwu.api.fraud.links.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTimeout;

/**
 * A check answers while the citizen waits, and a message may hold several links: inspecting one takes well under
 * a millisecond once warm (0.05 to 0.5 ms on a busy 2-core machine). The bound is loose, for shared CI machines;
 * it fails when something heavy (the spoof checker, the lists) is built per link, which costs milliseconds each
 * time.
 */
class LinkInspectorSpeedTest {

    private static final List<String> LINKS = List.of(
            "https://www.icbc.com.cn/icbc/网上银行/index.htm?from=sms",
            "【icbc.com.cn.verify-login.top】",
            "http://www.icbc.com.cn@1cbc-vip.top:8080/login?utm_source=x",
            "xn--80ak6aa92e.com",
            "https://item.taobao.com/item.htm?spm=a230r.1.14.1&id=623456789012",
            "http://t.cn/A6xYzAbc");

    @Test
    void fiveThousandLinksTakeLessThanTenSeconds() {
        LinkInspector inspector = new LinkInspector();
        for (int i = 0; i < 200; i++) {
            inspector.inspect(LINKS.get(i % LINKS.size()));
        }
        assertTimeout(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 5000; i++) {
                new LinkInspector().inspect(LINKS.get(i % LINKS.size()));
            }
        });
    }
}
