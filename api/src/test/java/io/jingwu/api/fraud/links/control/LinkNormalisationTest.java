package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.control.NotALinkException.Reason;
import io.jingwu.api.fraud.links.entity.InspectedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A link is read as a browser would open it, however it was pasted; text that is no link says why. */
class LinkNormalisationTest {

    private final LinkInspector inspector = new LinkInspector();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // no scheme: http, as a browser's address bar adds
            "www.example.com                           | http://www.example.com/",
            "example.com/path/Page.html                | http://example.com/path/Page.html",
            "HTTPS://WWW.Example.COM/Path              | https://www.example.com/Path",
            // defanged
            "hxxp://example[.]com/a                    | http://example.com/a",
            "hxxps[:]//login(.)example[dot]com         | https://login.example.com/",
            "h**ps://example.com                       | https://example.com/",
            // full-width dots, letters and slashes, as Chinese input methods type them
            "www.example。com                          | http://www.example.com/",
            "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ／ａ        | http://www.example.com/%EF%BD%81",
            "https：／／example.com／a                 | https://example.com/a",
            // quotes, brackets and sentence punctuation around the link
            "“www.example.com”                         | http://www.example.com/",
            "【https://example.com/x】                  | https://example.com/x",
            "《example.com》。                           | http://example.com/",
            "（example.com/a）！                        | http://example.com/a",
            "'https://example.com/a?b=1',              | https://example.com/a?b=1",
            "<https://example.com/>                    | https://example.com/",
            "https://en.wikipedia.org/wiki/Foo_(bar)   | https://en.wikipedia.org/wiki/Foo_(bar)",
            "(https://en.wikipedia.org/wiki/Foo_(bar)) | https://en.wikipedia.org/wiki/Foo_(bar)",
            // tracking parameters and fragments dropped, the rest kept in order
            "https://example.com/a?utm_source=sms&id=7&utm_medium=x&spm=a1.2&b=&from=timeline | https://example.com/a?id=7&b=",
            "https://example.com/a?share_token=1&fbclid=2&gclid=3&msclkid=4 | https://example.com/a",
            "https://example.com/a?SPM=1&Id=2#section  | https://example.com/a?Id=2",
            "https://example.com/#/pages/login         | https://example.com/",
            // the scheme's own port dropped, another kept
            "https://example.com:443/a                 | https://example.com/a",
            "http://example.com:8080/a                 | http://example.com:8080/a",
            // user information never carried on
            "https://user:secret@example.com/a         | https://example.com/a",
            // a backslash is a slash to a browser; what the path should not hold is percent-encoded
            "https://example.com\\a\\b                 | https://example.com/a/b",
            "https://example.com/网上银行/a b          | https://example.com/%E7%BD%91%E4%B8%8A%E9%93%B6%E8%A1%8C/a%20b",
            // a root dot is no part of the name
            "https://example.com./a                    | https://example.com/a",
    })
    void theLinkIsNormalised(String pasted, String url) {
        assertEquals(url, inspector.inspect(pasted).url());
    }

    @Test
    void theOriginalIsKeptAsGiven() {
        String pasted = " 【hxxps://Example[.]com/a?utm_source=x#top】 ";
        assertEquals(pasted, inspector.inspect(pasted).original());
    }

    @Test
    void anInternationalNameIsKeptInBothForms() {
        InspectedLink link = inspector.inspect("https://北京大學.CN/招生");
        assertEquals("xn--1lq90ic7f1rc.cn", link.asciiHost());
        assertEquals("北京大學.cn", link.unicodeHost());
        assertEquals("xn--1lq90ic7f1rc.cn", link.registrableDomain());
        assertEquals("https://xn--1lq90ic7f1rc.cn/%E6%8B%9B%E7%94%9F", link.url());

        InspectedLink fromPunycode = inspector.inspect("XN--1LQ90IC7F1RC.cn");
        assertEquals("北京大學.cn", fromPunycode.unicodeHost());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "www.icbc.com.cn               | icbc.com.cn",
            "a.b.example.co.uk             | example.co.uk",
            "pages.someone.github.io       | someone.github.io",
            "www.gov.cn                    | www.gov.cn",
            "mps.gov.cn                    | mps.gov.cn",
            "xn--d1abbgf6aiiy.xn--p1ai     | xn--d1abbgf6aiiy.xn--p1ai",
    })
    void theRegistrableDomainFollowsThePublicSuffixList(String host, String registrable) {
        assertEquals(registrable, inspector.inspect(host).registrableDomain());
    }

    @Test
    void aHostThatIsItselfAPublicSuffixHasNoRegistrableDomain() {
        InspectedLink link = inspector.inspect("https://gov.cn/");
        assertNull(link.registrableDomain());
        assertEquals("gov.cn", link.asciiHost());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "http://192.168.1.1/          | 192.168.1.1 | http://192.168.1.1/",
            "http://3232235777/           | 192.168.1.1 | http://192.168.1.1/",
            "http://0xC0.0250.1.1/        | 192.168.1.1 | http://192.168.1.1/",
            "http://0x7f.1/               | 127.0.0.1   | http://127.0.0.1/",
            "１９２．１６８．１．１       | 192.168.1.1 | http://192.168.1.1/",
            "http://[2001:DB8:0::1]:8080/ | 2001:db8::1 | http://[2001:db8::1]:8080/",
    })
    void anIpAddressIsReadInEveryFormABrowserAccepts(String pasted, String host, String url) {
        InspectedLink link = inspector.inspect(pasted);
        assertTrue(link.ipLiteral());
        assertEquals(host, link.asciiHost());
        assertEquals(url, link.url());
        assertNull(link.registrableDomain());
    }

    @Test
    void theSchemeAndPortAreRecorded() {
        InspectedLink plain = inspector.inspect("example.com");
        assertEquals("http", plain.scheme());
        assertEquals(-1, plain.port());
        assertFalse(plain.ipLiteral());

        InspectedLink explicit = inspector.inspect("https://example.com:8443");
        assertEquals("https", explicit.scheme());
        assertEquals(8443, explicit.port());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''                          | EMPTY",
            "'  。，  '                  | EMPTY",
            "someone@qq.com              | EMAIL_ADDRESS",
            "mailto:someone@qq.com       | UNSUPPORTED_SCHEME",
            "javascript:alert(1)         | UNSUPPORTED_SCHEME",
            "ftp://example.com/file      | UNSUPPORTED_SCHEME",
            "weixin://dl/business        | UNSUPPORTED_SCHEME",
            "http://                     | INVALID_HOST",
            "http:///path                | INVALID_HOST",
            "example..com                | INVALID_HOST",
            "exa mple.com                | INVALID_HOST",
            "exa!mple.com                | INVALID_HOST",
            "xn--example-.com            | INVALID_IDN",
            "xn--abc-fdc.jp              | INVALID_IDN",
            "http://256.1.1.1/           | INVALID_IP",
            "http://1.2.3.4.5/           | INVALID_IP",
            "http://[::1/                | INVALID_IP",
            "http://[fe80::1%25eth0]/    | INVALID_IP",
            "readme.txt                  | UNKNOWN_SUFFIX",
            "localhost                   | UNKNOWN_SUFFIX",
            "http://intranet/            | UNKNOWN_SUFFIX",
            "example.com:99999           | INVALID_PORT",
            "example.com:80a             | INVALID_PORT",
    })
    void textThatIsNoLinkSaysWhy(String text, Reason reason) {
        NotALinkException notALink = assertThrows(NotALinkException.class, () -> inspector.inspect(text));
        assertEquals(reason, notALink.reason());
    }

    @Test
    void nullIsNoLink() {
        assertEquals(Reason.EMPTY, assertThrows(NotALinkException.class, () -> inspector.inspect(null)).reason());
    }
}
