package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.links.entity.LinkFinding;
import io.jingwu.api.fraud.links.entity.LinkFindingCode;
import io.jingwu.api.fraud.links.entity.ProtectedDomain;
import io.jingwu.api.fraud.links.entity.ProtectedDomainKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped list of official domains: each row usable, and none of them taken for an impersonation of another. */
class ProtectedDomainsTest {

    private final LinkInspector inspector = new LinkInspector();

    static List<ProtectedDomain> domains() {
        return ProtectedDomains.standard().all();
    }

    @Test
    void everyKindOfOrganisationIsCovered() {
        Set<ProtectedDomainKind> kinds = domains().stream().map(ProtectedDomain::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProtectedDomainKind.class)));
        assertEquals(EnumSet.allOf(ProtectedDomainKind.class), kinds);
        for (String domain : List.of("icbc.com.cn", "ccb.com", "boc.cn", "abchina.com", "bankcomm.com",
                "cmbchina.com", "psbc.com", "alipay.com", "tenpay.com", "weixin.qq.com", "unionpay.com", "gov.cn",
                "mps.gov.cn", "12306.cn", "chsi.com.cn", "taobao.com", "jd.com", "pinduoduo.com")) {
            assertTrue(ProtectedDomains.standard().byDomain(domain).isPresent(), domain);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domains")
    void eachRowIsAnAsciiDomainWithOwnersAndNames(ProtectedDomain domain) {
        assertEquals(domain.domain().toLowerCase(Locale.ROOT), domain.domain());
        assertTrue(domain.domain().matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"), domain.domain());
        assertFalse(domain.ownerZh().isBlank());
        assertFalse(domain.ownerEn().isBlank());
        assertFalse(domain.names().isEmpty(), domain.domain());
        assertTrue(domain.names().stream().allMatch(name -> name.equals(name.toLowerCase(Locale.ROOT))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domains")
    void eachOfficialDomainIsGoodNewsAndNoImpersonation(ProtectedDomain domain) {
        for (String host : List.of(domain.domain(), "www." + domain.domain())) {
            InspectedLink link = inspector.inspect("https://" + host + "/");
            assertEquals(List.of(new LinkFinding(LinkFindingCode.PROTECTED_DOMAIN, domain.domain())),
                    link.findings(), host);
        }
    }

    @Test
    void aDomainIsLookedUpByItsOwnerForAFindingsDetail() {
        ProtectedDomain icbc = ProtectedDomains.standard().byDomain("icbc.com.cn").orElseThrow();
        assertEquals("中国工商银行", icbc.ownerZh());
        assertEquals(ProtectedDomainKind.BANK, icbc.kind());
        assertTrue(icbc.names().containsAll(List.of("icbc", "95588", "工商银行")));
        assertTrue(icbc.affixes().contains("icbc"));
        assertTrue(ProtectedDomains.standard().byDomain("evil.cc").isEmpty());
    }

    @Test
    void aDomainCoversItsSubdomainsOnly() {
        ProtectedDomain icbc = ProtectedDomains.standard().byDomain("icbc.com.cn").orElseThrow();
        assertTrue(icbc.covers("icbc.com.cn"));
        assertTrue(icbc.covers("mybank.icbc.com.cn"));
        assertFalse(icbc.covers("fakeicbc.com.cn"));
        assertFalse(icbc.covers("icbc.com.cn.evil.top"));
    }
}
