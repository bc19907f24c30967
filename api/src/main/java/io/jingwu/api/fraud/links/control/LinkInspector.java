package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.control.NotALinkException.Reason;
import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.links.entity.LinkFinding;
import io.jingwu.api.fraud.links.entity.LinkFindingCode;
import io.jingwu.api.fraud.links.entity.ProtectedDomain;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a link or domain that a citizen pasted really is, and what about it is suspicious. Offline: no DNS, no
 * fetching; the lists and ICU's checkers are built once per class loader and shared, so that a new inspector is
 * cheap and inspecting one link allocates only strings.
 */
@ApplicationScoped
public class LinkInspector {

    private static final class Shared {
        static final IdnSpoofChecker SPOOF_CHECKER = new IdnSpoofChecker();
        static final Impersonations IMPERSONATIONS =
                new Impersonations(ProtectedDomains.standard(), new Lookalikes(SPOOF_CHECKER.checker()));
    }

    /**
     * @param raw a link or a domain, with or without a scheme, defanged ({@code hxxp://}, {@code [.]}), with
     *            full-width dots or in quotes and brackets
     * @throws NotALinkException for text that is no link, or an invalid international name
     */
    public InspectedLink inspect(String raw) {
        LinkText.Parts parts = LinkText.split(raw);
        HostNames.Host host = HostNames.parse(parts.host());
        String scheme = parts.scheme() == null ? "http" : parts.scheme();
        int port = port(parts.port());

        List<LinkFinding> findings = new ArrayList<>();
        Optional<ProtectedDomain> official = host.ipLiteral() ? Optional.empty()
                : ProtectedDomains.standard().covering(host.ascii());
        official.ifPresent(domain -> findings.add(new LinkFinding(LinkFindingCode.PROTECTED_DOMAIN, domain.domain())));
        if (parts.userInfo() != null) {
            findings.add(new LinkFinding(LinkFindingCode.USERINFO_TRICK, parts.userInfo()));
        }
        if (port >= 0 && port != defaultPort(scheme)) {
            findings.add(new LinkFinding(LinkFindingCode.UNUSUAL_PORT, Integer.toString(port)));
        }
        if (host.ipLiteral()) {
            findings.add(new LinkFinding(LinkFindingCode.IP_HOST, host.ascii()));
        } else if (official.isEmpty()) {
            findings.addAll(nameFindings(host));
        }

        String query = TrackingParameters.dropFrom(parts.query());
        String url = scheme + "://" + (host.ipv6() ? "[" + host.ascii() + "]" : host.ascii())
                + (port >= 0 && port != defaultPort(scheme) ? ":" + port : "")
                + parts.path() + (query.isEmpty() ? "" : "?" + query);
        return new InspectedLink(raw, url, scheme, host.ascii(), host.unicode(), host.registrableDomain(),
                host.ipLiteral(), port, findings);
    }

    /**
     * Every link in a message, in order, each once (by normalised URL); text that only looks like a link
     * ({@code readme.txt}, an e-mail address) is left out.
     */
    public List<InspectedLink> inspectAll(String message) {
        Map<String, InspectedLink> links = new LinkedHashMap<>();
        for (String candidate : LinkCandidates.in(message)) {
            try {
                InspectedLink link = inspect(candidate);
                links.putIfAbsent(link.url(), link);
            } catch (NotALinkException notALink) {
                // words with dots in a message are not links
            }
        }
        return List.copyOf(links.values());
    }

    /** The official domains this inspector knows, to name the owner a finding's detail points to. */
    public ProtectedDomains protectedDomains() {
        return ProtectedDomains.standard();
    }

    private List<LinkFinding> nameFindings(HostNames.Host host) {
        List<LinkFinding> findings = new ArrayList<>();
        String[] asciiLabels = host.ascii().split("\\.");
        String[] unicodeLabels = host.unicode().split("\\.");
        String tld = asciiLabels[asciiLabels.length - 1];
        String tldUnicode = unicodeLabels[unicodeLabels.length - 1];
        for (String label : unicodeLabels) {
            Optional<String> spoof = Shared.SPOOF_CHECKER.spoofReason(label, tld, tldUnicode);
            if (spoof.isPresent()) {
                findings.add(new LinkFinding(LinkFindingCode.SPOOFED_IDN, spoof.get()));
                break;
            }
        }
        findings.addAll(Shared.IMPERSONATIONS.of(host));
        SuspiciousHosts.standard().shortener(host.ascii())
                .ifPresent(domain -> findings.add(new LinkFinding(LinkFindingCode.SHORTENER, domain)));
        if (SuspiciousHosts.standard().isRiskyTld(tld)) {
            findings.add(new LinkFinding(LinkFindingCode.RISKY_TLD, tld));
        }
        return findings;
    }

    private static int port(String port) {
        if (port == null || port.isEmpty()) {
            return -1;
        }
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NotALinkException(Reason.INVALID_PORT, port);
        }
        int number = Integer.parseInt(port);
        if (number > 65535) {
            throw new NotALinkException(Reason.INVALID_PORT, port);
        }
        return number;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
