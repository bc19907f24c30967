package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.entity.LinkFinding;
import io.jingwu.api.fraud.links.entity.LinkFindingCode;
import io.jingwu.api.fraud.links.entity.ProtectedDomain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a host that is not a protected organisation's poses as one: the organisation's name or hotline inside
 * it ({@code icbc-vip.cc}, {@code 95588-help.com}, {@code icbc.com.cn.verify-login.top}), or a part of it that
 * looks like the name ({@code 1cbc.com}, {@code ісbс.com} in Cyrillic, {@code aliapy.com}).
 */
final class Impersonations {

    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[._-]+");
    private static final Pattern LETTERS_DIGITS_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])");

    /**
     * A name as the protected domains give it.
     *
     * @param domain      the first protected domain that goes by it, named in findings
     * @param registrable the registrable domains of all that go by it: their other hosts are theirs, not lookalikes
     */
    private record Name(String text, ProtectedDomain domain, Set<String> registrable, boolean affix, boolean ascii,
                        boolean number) {

        Name(String text, ProtectedDomain domain) {
            this(text, domain, new HashSet<>(), domain.affixes().contains(text), IdnSpoofChecker.isAscii(text),
                    text.chars().allMatch(c -> c >= '0' && c <= '9'));
        }
    }

    private final Lookalikes lookalikes;
    private final Map<String, Name> byText = new LinkedHashMap<>();
    private final Map<String, Name> bySkeleton = new HashMap<>();
    private final List<Name> names;

    Impersonations(ProtectedDomains domains, Lookalikes lookalikes) {
        this.lookalikes = lookalikes;
        for (ProtectedDomain domain : domains.all()) {
            String registrable = HostNames.parse(domain.domain()).registrableDomain();
            for (String text : domain.names()) {
                Name name = byText.computeIfAbsent(text, t -> new Name(t, domain));
                if (registrable != null) {
                    name.registrable().add(registrable);
                }
            }
        }
        for (Name name : byText.values()) {
            if (name.ascii()) {
                bySkeleton.putIfAbsent(lookalikes.skeleton(name.text()), name);
            }
        }
        names = List.copyOf(byText.values());
    }

    /** @param host neither an address nor under a protected domain */
    List<LinkFinding> of(HostNames.Host host) {
        List<String> tokens = tokens(host);
        Map<String, LinkFindingCode> found = new LinkedHashMap<>();
        for (String token : tokens) {
            List<String> runs = List.of(LETTERS_DIGITS_BOUNDARY.split(token));
            for (Name name : names) {
                if (contains(token, runs, name) && !ownedBySameHolder(name, host)) {
                    found.put(name.domain().domain(), LinkFindingCode.PROTECTED_NAME_ELSEWHERE);
                }
            }
        }
        for (String token : tokens) {
            if (byText.containsKey(token)) {
                // one organisation's name, not a slip of another's (cmbchina is not a misspelt cgbchina)
                continue;
            }
            Name lookalike = bySkeleton.get(lookalikes.skeleton(token));
            if (lookalike != null && !ownedBySameHolder(lookalike, host)) {
                found.putIfAbsent(lookalike.domain().domain(), LinkFindingCode.LOOKALIKE_DOMAIN);
            }
            for (Name name : names) {
                if (isNearMiss(token, name) && !ownedBySameHolder(name, host)) {
                    found.putIfAbsent(name.domain().domain(), LinkFindingCode.LOOKALIKE_DOMAIN);
                }
            }
        }
        String label = registrableLabel(host);
        if (label != null) {
            // icbc split up by hyphens (ic-bc, ali-pay) reads as the name
            String joined = label.replace("-", "").replace("_", "");
            Name lookalike = joined.equals(label) ? null : bySkeleton.get(lookalikes.skeleton(joined));
            if (lookalike != null && !ownedBySameHolder(lookalike, host)) {
                found.putIfAbsent(lookalike.domain().domain(), LinkFindingCode.LOOKALIKE_DOMAIN);
            }
        }
        List<LinkFinding> findings = new ArrayList<>(found.size());
        found.forEach((domain, code) -> findings.add(new LinkFinding(code, domain)));
        return findings;
    }

    /**
     * The parts of the host before its public suffix, in Unicode, cut at dots, hyphens and underscores, and the
     * registrable label whole ({@code ali-pay} besides {@code ali} and {@code pay}).
     */
    private static List<String> tokens(HostNames.Host host) {
        String[] labels = host.unicode().split("\\.");
        int suffixLabels = host.publicSuffix().split("\\.").length;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < labels.length - suffixLabels; i++) {
            for (String token : TOKEN_SEPARATORS.split(labels[i])) {
                if (!token.isEmpty() && !tokens.contains(token)) {
                    tokens.add(token);
                }
            }
        }
        String registrableLabel = registrableLabel(host);
        if (registrableLabel != null && !tokens.contains(registrableLabel)) {
            tokens.add(registrableLabel);
        }
        return tokens;
    }

    /** The label one registers, in Unicode: {@code icbc} of {@code www.icbc.com.cn}; null for a public suffix. */
    private static String registrableLabel(HostNames.Host host) {
        if (host.registrableDomain() == null) {
            return null;
        }
        String[] labels = host.unicode().split("\\.");
        return labels[labels.length - host.publicSuffix().split("\\.").length - 1];
    }

    private static boolean ownedBySameHolder(Name name, HostNames.Host host) {
        return host.registrableDomain() != null && name.registrable().contains(host.registrableDomain());
    }

    /**
     * A name is in a token when it is the token or a run of letters or of digits in it ({@code icbc} in
     * {@code icbc95588}: {@code runs}), or, for a name marked as an affix, its start or end ({@code icbcvip}); a
     * Chinese name anywhere in it.
     */
    private static boolean contains(String token, List<String> runs, Name name) {
        String text = name.text();
        if (!name.ascii()) {
            return token.contains(text);
        }
        return runs.contains(text) || name.affix() && (token.startsWith(text) || token.endsWith(text));
    }

    /**
     * One or two typing slips from a long name ({@code aliapy}, {@code cmbchiina}); not a number (hotlines
     * differ by one digit from each other), and for six-letter names only a letter changed or two swapped, since
     * a letter more or less often makes another word.
     */
    private static boolean isNearMiss(String token, Name name) {
        String text = name.text();
        if (name.number() || !name.ascii() || text.length() < 6) {
            return false;
        }
        int allowed = text.length() >= 9 ? 2 : 1;
        if (text.length() == 6 ? token.length() != 6 : Math.abs(token.length() - text.length()) > allowed) {
            return false;
        }
        return Lookalikes.editDistance(token, text, allowed) <= allowed;
    }
}
