package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.entity.ProtectedDomain;
import io.jingwu.api.fraud.links.entity.ProtectedDomainKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The official domains of organisations that fraudsters impersonate, from {@code protected-domains.tsv} beside
 * this package's resources (its header says where they come from), read once.
 */
public final class ProtectedDomains {

    static final String RESOURCE = "protected-domains.tsv";

    private final List<ProtectedDomain> domains;

    ProtectedDomains(List<ProtectedDomain> domains) {
        this.domains = List.copyOf(domains);
    }

    private static final class Standard {
        static final ProtectedDomains INSTANCE = new ProtectedDomains(TsvResource.rows(RESOURCE).stream()
                .map(ProtectedDomains::entry).toList());
    }

    /** A row: domain, owner in Chinese and English, kind, names (those marked * found as affixes too). */
    private static ProtectedDomain entry(String[] columns) {
        List<String> names = new ArrayList<>();
        Set<String> affixes = new HashSet<>();
        for (String marked : columns[4].split(",")) {
            String name = marked.strip().toLowerCase(Locale.ROOT);
            if (name.endsWith("*")) {
                name = name.substring(0, name.length() - 1);
                affixes.add(name);
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new ProtectedDomain(columns[0], columns[1], columns[2], ProtectedDomainKind.valueOf(columns[3]),
                names, affixes);
    }

    public static ProtectedDomains standard() {
        return Standard.INSTANCE;
    }

    public List<ProtectedDomain> all() {
        return domains;
    }

    /** The most specific protected domain {@code asciiHost} is or lies under: {@code mps.gov.cn} before {@code gov.cn}. */
    public Optional<ProtectedDomain> covering(String asciiHost) {
        return domains.stream().filter(domain -> domain.covers(asciiHost))
                .max(Comparator.comparingInt(domain -> domain.domain().length()));
    }

    /** The entry of a domain named in a finding's detail. */
    public Optional<ProtectedDomain> byDomain(String domain) {
        return domains.stream().filter(entry -> entry.domain().equals(domain)).findFirst();
    }
}
