package io.jingwu.portal.identity.boundary;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HolderCookieTest {

    @Test
    void theTokenStaysUnderIdentityOutOfScriptsAndOtherSitesReach() {
        Map<String, Object> attributes = HolderCookie.attributes("", 3600, false);

        assertEquals("/identity", attributes.get("path"));
        assertEquals(3600, attributes.get("maxAge"));
        assertEquals(Boolean.TRUE, attributes.get("httpOnly"));
        assertEquals("Strict", attributes.get("SameSite"));
        assertEquals(Boolean.FALSE, attributes.get("secure"));
    }

    @Test
    void underAContextPathAndOverHttpsItIsScopedAndSecure() {
        Map<String, Object> attributes = HolderCookie.attributes("/jingwu", 60, true);

        assertEquals("/jingwu/identity", attributes.get("path"));
        assertEquals(Boolean.TRUE, attributes.get("secure"));
    }

    @Test
    void aLifetimeBeyondWhatACookieCanSayIsCapped() {
        assertEquals(Integer.MAX_VALUE, HolderCookie.attributes("", Long.MAX_VALUE, true).get("maxAge"));
    }
}
