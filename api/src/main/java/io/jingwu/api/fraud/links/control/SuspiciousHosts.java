package io.jingwu.api.fraud.links.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Link shorteners ({@code url-shorteners.tsv}) and risky top-level domains ({@code risky-tlds.tsv}), read once. */
final class SuspiciousHosts {

    private final List<String> shorteners;
    private final Set<String> riskyTlds;

    private SuspiciousHosts(List<String> shorteners, Set<String> riskyTlds) {
        this.shorteners = List.copyOf(shorteners);
        this.riskyTlds = Set.copyOf(riskyTlds);
    }

    private static final class Standard {
        static final SuspiciousHosts INSTANCE = new SuspiciousHosts(
                TsvResource.rows("url-shorteners.tsv").stream().map(columns -> columns[0]).toList(),
                TsvResource.rows("risky-tlds.tsv").stream().map(columns -> columns[0]).collect(Collectors.toSet()));
    }

    static SuspiciousHosts standard() {
        return Standard.INSTANCE;
    }

    /** The shortener's domain when {@code asciiHost} is a shortener or one of its subdomains. */
    Optional<String> shortener(String asciiHost) {
        for (String domain : shorteners) {
            if (asciiHost.endsWith(domain) && (asciiHost.length() == domain.length()
                    || asciiHost.charAt(asciiHost.length() - domain.length() - 1) == '.')) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }

    boolean isRiskyTld(String tld) {
        return riskyTlds.contains(tld);
    }
}
