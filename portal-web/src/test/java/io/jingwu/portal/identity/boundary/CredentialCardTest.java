package io.jingwu.portal.identity.boundary;

import io.jingwu.api.identity.credentials.boundary.HolderView;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialCardTest {

    private static final Instant ISSUED = Instant.parse("2026-12-04T07:55:00Z");

    private static HolderView view(String status) {
        return new HolderView(status, "K7QD-9M2X-PA4T", "token-for-the-qr-code", "K******* D******", "UZB", "PASSPORT",
                "REGISTRY_AND_PHONE", ISSUED, ISSUED.plusSeconds(30 * 86_400), null, null,
                List.of(new HolderView.CheckSeen("湖州银行", "BANK", ISSUED.plusSeconds(7200), "VALID"),
                        new HolderView.CheckSeen("织里大酒店", "HOTEL", ISSUED.plusSeconds(3600), "VALID")));
    }

    @Test
    void theCodeIsShownInItsThreeGroups() {
        assertEquals(List.of("K7QD", "9M2X", "PA4T"), CredentialCard.of(view("VALID")).codeGroups());
    }

    @Test
    void theQrCodeIsDrawnAsAnSvgPath() {
        String svg = CredentialCard.of(view("VALID")).qrSvg();

        assertTrue(svg.startsWith("<svg"), svg);
        assertTrue(svg.contains("<path"), svg);
    }

    @Test
    void checksKeepTheirOrderNewestFirst() {
        List<CredentialCard.Check> checks = CredentialCard.of(view("VALID")).checks();

        assertEquals("湖州银行", checks.get(0).institution());
        assertEquals("HOTEL", checks.get(1).institutionKind());
    }

    @Test
    void onlyAValidCredentialIsValid() {
        assertTrue(CredentialCard.of(view("VALID")).valid());
        assertFalse(CredentialCard.of(view("REVOKED")).valid());
        assertFalse(CredentialCard.of(view("EXPIRED")).valid());
    }

    /** A page keeps it in its view state, which may be written out and moved to another instance. */
    @Test
    void itCanTravelWithThePagesState() {
        assertDoesNotThrow(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(CredentialCard.of(view("VALID"))));
        assertDoesNotThrow(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(new VerificationEntry()));
    }
}
