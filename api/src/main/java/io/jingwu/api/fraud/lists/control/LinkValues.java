package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.fraud.links.control.LinkInspector;
import io.jingwu.api.fraud.links.control.NotALinkException;
import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links and domains as the list holds them: a link by its normalised address, a domain by its host in ASCII. A
 * domain on the list covers its subdomains, so a link is looked up by its address and by every domain of its host.
 */
public final class LinkValues {

    private static final LinkInspector INSPECTOR = new LinkInspector();

    private LinkValues() {
    }

    static Optional<String> domain(String text) {
        return inspected(text).filter(link -> !link.ipLiteral()).map(InspectedLink::asciiHost);
    }

    static Optional<String> url(String text) {
        return inspected(text).map(InspectedLink::url);
    }

    /** The values that may list this link: its address, its host and each domain above it, down to the registrable one. */
    public static List<ListedValue> listingsOf(InspectedLink link) {
        List<ListedValue> values = new ArrayList<>();
        values.add(new ListedValue(ListKind.URL, link.url()));
        if (link.ipLiteral()) {
            return values;
        }
        String host = link.asciiHost();
        String registrable = link.registrableDomain() == null ? host : link.registrableDomain();
        while (true) {
            values.add(new ListedValue(ListKind.DOMAIN, host));
            int dot = host.indexOf('.');
            if (host.equals(registrable) || dot < 0) {
                return values;
            }
            host = host.substring(dot + 1);
        }
    }

    private static Optional<InspectedLink> inspected(String text) {
        try {
            return Optional.of(INSPECTOR.inspect(text));
        } catch (NotALinkException notALink) {
            return Optional.empty();
        }
    }
}
