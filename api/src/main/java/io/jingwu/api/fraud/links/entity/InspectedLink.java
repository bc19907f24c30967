package io.jingwu.api.fraud.links.entity;

import java.util.List;
import java.util.Objects;

/**
 * A link as it really is, with what was found about it.
 *
 * @param original           the text as given
 * @param url                normalised: scheme, ASCII host, port only when not the scheme's own, path, the query
 *                           without tracking parameters; no user information, no fragment
 * @param scheme             {@code http} or {@code https} ({@code http} when the text had none)
 * @param asciiHost          lower case, punycode for international names, dotted decimal or compressed IPv6 for
 *                           IP addresses (IPv6 without brackets)
 * @param unicodeHost        as a reader would see it, the same as {@code asciiHost} when that has no punycode
 * @param registrableDomain  the domain one registers, public suffix aware ({@code icbc.com.cn} for
 *                           {@code www.icbc.com.cn}, {@code x.github.io} for {@code a.x.github.io}), ASCII; null
 *                           for an IP address or a host that is itself a public suffix
 * @param ipLiteral          whether the host is an IP address
 * @param port               the explicit port, -1 when none was given
 */
public record InspectedLink(String original, String url, String scheme, String asciiHost, String unicodeHost,
                            String registrableDomain, boolean ipLiteral, int port, List<LinkFinding> findings) {

    public InspectedLink {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(asciiHost, "asciiHost");
        Objects.requireNonNull(unicodeHost, "unicodeHost");
        findings = List.copyOf(findings);
    }

    /** Whether any finding is a warning (CAUTION or DANGER). */
    public boolean hasWarning() {
        return findings.stream().anyMatch(finding -> finding.severity().isWarning());
    }

    public boolean has(LinkFindingCode code) {
        return findings.stream().anyMatch(finding -> finding.code() == code);
    }
}
