package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.links.entity.LinkFinding;
import io.jingwu.api.fraud.links.entity.LinkFindingCode;
import io.jingwu.api.fraud.links.entity.LinkSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is found about a link, sign by sign, and that genuine links are left in peace. */
class LinkFindingsTest {

    private final LinkInspector inspector = new LinkInspector();

    private List<LinkFinding> findings(String link) {
        return inspector.inspect(link).findings();
    }

    private void assertFinding(String link, LinkFindingCode code, String detail) {
        List<LinkFinding> findings = findings(link);
        assertTrue(findings.contains(new LinkFinding(code, detail)), link + ": " + findings);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://www.icbc.com.cn/icbc/网上银行/index.htm?from=sms",
            "www.icbc.com.cn",
            "https://www.gov.cn",
            "https://item.taobao.com/item.htm?spm=a230r.1.14.1.6b2a3d5bKxZQ&id=623456789012&ns=1&abbucket=8",
            "https://detail.tmall.com/item.htm?id=1&spm=a1z10.3",
            "https://www.12306.cn/index/",
            "https://pay.weixin.qq.com/",
            "https://www.alipay.com/",
            "http://www.ccb.com/cn/home/indexv3.html",
            "https://www.mps.gov.cn/n2254098/index.html",
            "https://www.baidu.com/s?wd=反诈",
            "https://www.zju.edu.cn/",
            "https://github.com/apache/opennlp",
    })
    void genuineLinksGetNoWarning(String link) {
        InspectedLink inspected = inspector.inspect(link);
        assertFalse(inspected.hasWarning(), link + ": " + inspected.findings());
    }

    @Test
    void anOfficialDomainIsGoodNews() {
        InspectedLink link = inspector.inspect("https://www.icbc.com.cn/icbc/");
        assertEquals(List.of(new LinkFinding(LinkFindingCode.PROTECTED_DOMAIN, "icbc.com.cn")), link.findings());
        assertEquals(LinkSeverity.REASSURING, link.findings().get(0).severity());
        assertFalse(link.hasWarning());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "icbc.com.cn                  | icbc.com.cn",
            "mybank.icbc.com.cn           | icbc.com.cn",
            "https://www.mps.gov.cn/      | mps.gov.cn",
            "https://www.zj.gov.cn/       | gov.cn",
            "https://weixin.qq.com/       | weixin.qq.com",
            "https://mobile.yangkeduo.com | yangkeduo.com",
    })
    void theMostSpecificOfficialDomainIsNamed(String link, String domain) {
        assertFinding(link, LinkFindingCode.PROTECTED_DOMAIN, domain);
    }

    @Test
    void aPlatformsOtherHostsAreNotVouchedFor() {
        // Tencent Docs and forms carry what anyone writes: not the official WeChat site, and not an impersonation
        InspectedLink link = inspector.inspect("https://docs.qq.com/form/page/DSXRhbmxy");
        assertEquals(List.of(), link.findings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "xn--80ak6aa92e.com           | whole-script-confusable",
            "аррӏе.com                    | whole-script-confusable",
            "https://paypαl.com/login     | mixed-scripts",
            "xn--1-xcc.com                | digit-lookalike",
            "héllo中国.cn                 | latin-accent-mixed",
            "xn--abcdef-r64e.jp           | dangerous-pattern",
            "xn--1ca20i.com               | repeated-mark",
            "faþ.com                      | tld-specific-character",
            "a·b.com                      | middle-dot",
    })
    void aLabelABrowserWouldShowAsPunycodeIsASpoof(String link, String reason) {
        assertFinding(link, LinkFindingCode.SPOOFED_IDN, reason);
        assertEquals(LinkSeverity.DANGER, LinkFindingCode.SPOOFED_IDN.severity());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"www.xn--fa-hia.com", "www.北京.com", "bücher.de", "한글han.kr", "col·legi.cat"})
    void aLabelABrowserShowsAsItIsIsNoSpoof(String link) {
        InspectedLink inspected = inspector.inspect(link);
        assertFalse(inspected.has(LinkFindingCode.SPOOFED_IDN), link + ": " + inspected.findings());
    }

    @Test
    void spoofChecksFollowTheTopLevelDomainsScript() {
        assertTrue(inspector.inspect("ѕсоре.com").has(LinkFindingCode.SPOOFED_IDN));
        assertFalse(inspector.inspect("ѕсоре.рф").has(LinkFindingCode.SPOOFED_IDN));
        assertFalse(inspector.inspect("ѕсоре.ru").has(LinkFindingCode.SPOOFED_IDN));
        assertTrue(inspector.inspect("þorn.com").has(LinkFindingCode.SPOOFED_IDN));
        assertFalse(inspector.inspect("þorn.is").has(LinkFindingCode.SPOOFED_IDN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // digits and letters that read alike
            "1cbc.com.cn                  | icbc.com.cn",
            "www.lcbc.com                 | icbc.com.cn",
            "taoba0.com                   | taobao.com",
            "l2306.cn                     | 12306.cn",
            // rn for m
            "crnbchina.com                | cmbchina.com",
            // another script's letters (a spoof as well)
            "ісbс.com                     | icbc.com.cn",
            "аlipay.com                   | alipay.com",
            // slips of a long name: swapped, changed, added or left out letters
            "aliapy.com                   | alipay.com",
            "tenpey.com                   | tenpay.com",
            "unoinpay.com                 | unionpay.com",
            "pinduodou.com                | pinduoduo.com",
            "cmbchinna.com                | cmbchina.com",
            "ali-pay.top                  | alipay.com",
            "ic-bc.cc                     | icbc.com.cn",
            "www.bankcom.net              | bankcomm.com",
    })
    void aLookalikeOfAnOfficialDomainIsNamed(String link, String imitated) {
        assertFinding(link, LinkFindingCode.LOOKALIKE_DOMAIN, imitated);
        assertEquals(LinkSeverity.DANGER, LinkFindingCode.LOOKALIKE_DOMAIN.severity());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "small.com", "mall.com", "hmall.com", "xiangyu.com", "douyu.com", "alibaba.com", "doc.com",
            "accb.com", "jdsports.com", "bocai.com", "weixing.com", "jingdongfang.com", "xianyuan.cn",
            "paypal.com"})
    void anHonestNeighbourOfAShortNameIsNoLookalike(String host) {
        InspectedLink link = inspector.inspect(host);
        assertFalse(link.has(LinkFindingCode.LOOKALIKE_DOMAIN), host + ": " + link.findings());
        assertFalse(link.has(LinkFindingCode.PROTECTED_NAME_ELSEWHERE), host + ": " + link.findings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "icbc.com.cn.verify-login.top | icbc.com.cn",
            "https://icbc-vip.cc/login    | icbc.com.cn",
            "95588-help.com               | icbc.com.cn",
            "icbc.cc                      | icbc.com.cn",
            "www.icbcvip.com              | icbc.com.cn",
            "kf95533.net                  | ccb.com",
            "ccb2024.top                  | ccb.com",
            "jd-618.vip                   | jd.com",
            "alipay.com.cn                | alipay.com",
            "12306.cn.ticket-refund.com   | 12306.cn",
            "www.gov.cn.zj-subsidy.com    | gov.cn",
            "工商银行.com                 | icbc.com.cn",
            "支付宝-安全中心.cn           | alipay.com",
    })
    void anOfficialNameInsideAStrangersDomainIsNamed(String link, String owner) {
        assertFinding(link, LinkFindingCode.PROTECTED_NAME_ELSEWHERE, owner);
        assertEquals(LinkSeverity.DANGER, LinkFindingCode.PROTECTED_NAME_ELSEWHERE.severity());
    }

    @Test
    void aNameIsPinnedOnItsOwnerNotOnAnotherWhoseNameStartsTheSame() {
        // China Merchants Bank is cmbchina, China Minsheng Bank cmbc
        assertEquals(List.of(new LinkFinding(LinkFindingCode.PROTECTED_NAME_ELSEWHERE, "cmbchina.com")),
                findings("cmbchina-card.net"));
        assertEquals(List.of(new LinkFinding(LinkFindingCode.PROTECTED_NAME_ELSEWHERE, "cmbc.com.cn")),
                findings("cmbc-card.net"));
    }

    @Test
    void userInformationPosingAsTheHostIsATrick() {
        InspectedLink link = inspector.inspect("http://www.icbc.com.cn@evil.cc/login");
        assertTrue(link.findings().contains(new LinkFinding(LinkFindingCode.USERINFO_TRICK, "www.icbc.com.cn")));
        assertEquals("evil.cc", link.asciiHost());
        assertEquals("http://evil.cc/login", link.url());
        assertFalse(link.has(LinkFindingCode.PROTECTED_DOMAIN));
        assertEquals(LinkSeverity.DANGER, LinkFindingCode.USERINFO_TRICK.severity());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://t.cn/A6xYzAbc         | t.cn",
            "https://w.url.cn/s/AbCdEf    | url.cn",
            "dwz.cn/abc                   | dwz.cn",
            "https://bit.ly/3xyz          | bit.ly",
            "https://tinyurl.com/y6abc    | tinyurl.com",
    })
    void aShortenerIsNamed(String link, String shortener) {
        assertFinding(link, LinkFindingCode.SHORTENER, shortener);
        assertEquals(LinkSeverity.CAUTION, LinkFindingCode.SHORTENER.severity());
    }

    @Test
    void anIpAddressIsNamed() {
        assertFinding("http://103.45.2.1/icbc/login", LinkFindingCode.IP_HOST, "103.45.2.1");
        assertFinding("http://1729372673/", LinkFindingCode.IP_HOST, "103.20.34.1");
        assertFinding("http://[2001:db8::1]/", LinkFindingCode.IP_HOST, "2001:db8::1");
        assertEquals(LinkSeverity.CAUTION, LinkFindingCode.IP_HOST.severity());
    }

    @Test
    void onlyAPortOtherThanTheSchemesOwnIsUnusual() {
        assertFinding("http://example.com:8080/", LinkFindingCode.UNUSUAL_PORT, "8080");
        assertFinding("https://www.icbc.com.cn:8443/", LinkFindingCode.UNUSUAL_PORT, "8443");
        assertFinding("http://example.com:443/", LinkFindingCode.UNUSUAL_PORT, "443");
        assertFalse(inspector.inspect("https://example.com:443/").has(LinkFindingCode.UNUSUAL_PORT));
        assertFalse(inspector.inspect("http://example.com:80/").has(LinkFindingCode.UNUSUAL_PORT));
        assertEquals(LinkSeverity.CAUTION, LinkFindingCode.UNUSUAL_PORT.severity());
    }

    @Test
    void aRiskyTopLevelDomainIsNamed() {
        assertFinding("https://refund-service.top/", LinkFindingCode.RISKY_TLD, "top");
        assertFinding("pay.example.xin", LinkFindingCode.RISKY_TLD, "xin");
        assertFalse(inspector.inspect("https://example.com/").has(LinkFindingCode.RISKY_TLD));
        assertFalse(inspector.inspect("https://example.com.cn/").has(LinkFindingCode.RISKY_TLD));
        assertEquals(LinkSeverity.CAUTION, LinkFindingCode.RISKY_TLD.severity());
    }

    @Test
    void everyWarningIsCautionOrDanger() {
        InspectedLink link = inspector.inspect("http://www.icbc.com.cn@1cbc-vip.top:8080/");
        assertTrue(link.findings().size() >= 4, link.findings().toString());
        assertTrue(link.findings().stream().allMatch(finding -> finding.severity().isWarning()));
    }
}
