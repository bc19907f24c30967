package io.jingwu.api.fraud.links.entity;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An official domain of an organisation that fraudsters impersonate; its subdomains are the organisation's too.
 *
 * @param domain  ASCII, lower case ({@code icbc.com.cn})
 * @param names   what the organisation goes by inside a domain name: its short name and hotline
 *                ({@code icbc}, {@code 95588}, {@code 工商银行}), lower case
 * @param affixes those of the names also found at the start or end of a part of a domain name ({@code icbc} in
 *                {@code icbcvip}); not names that start or end ordinary words ({@code weixin}: {@code weixing})
 */
public record ProtectedDomain(String domain, String ownerZh, String ownerEn, ProtectedDomainKind kind,
                              List<String> names, Set<String> affixes) {

    public ProtectedDomain {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(ownerZh, "ownerZh");
        Objects.requireNonNull(ownerEn, "ownerEn");
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        affixes = Set.copyOf(affixes);
        if (!names.containsAll(affixes)) {
            throw new IllegalArgumentException("affixes must be names: " + affixes);
        }
    }

    /** Whether {@code host} (ASCII, lower case) is this domain or one of its subdomains. */
    public boolean covers(String host) {
        return host.equals(domain)
                || host.length() > domain.length() && host.endsWith(domain)
                && host.charAt(host.length() - domain.length() - 1) == '.';
    }
}
