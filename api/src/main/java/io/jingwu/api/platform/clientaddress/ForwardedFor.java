package io.jingwu.api.platform.clientaddress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is, from the socket's peer and the {@code X-Forwarded-For} header. Each proxy appends the address
 * it was reached from, so the header is read from the right: the entries our own trusted proxies wrote are
 * skipped, and the first address no trusted proxy stands at is the client. Anything left of it was written by the
 * client itself and is never believed. Only a trusted peer's header is read at all; from anyone else the header is
 * whatever the sender chose.
 */
public final class ForwardedFor {

    public static final String HEADER = "X-Forwarded-For";

    private final AddressRanges trustedProxies;

    public ForwardedFor(AddressRanges trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /**
     * @param peer    the socket's peer address, as the servlet container gives it
     * @param headers every {@code X-Forwarded-For} header of the request, in order (each a comma-separated list)
     * @return the client's address as text; the peer's own text when the peer is no address at all. An entry
     *         that is no address ends the walk: the last address read before it is taken (a trusted hop, or the
     *         peer), so a garbled header never names a client it did not prove
     */
    public String client(String peer, List<String> headers) {
        Optional<InetAddress> parsedPeer = IpAddresses.parse(withoutZone(peer));
        if (parsedPeer.isEmpty()) {
            return peer;
        }
        InetAddress hop = parsedPeer.get();
        if (!trustedProxies.contains(hop)) {
            return IpAddresses.text(hop);
        }
        List<String> entries = entries(headers);
        Collections.reverse(entries);
        for (String entry : entries) {
            Optional<InetAddress> next = IpAddresses.parse(entry);
            if (next.isEmpty()) {
                break;
            }
            hop = next.get();
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return IpAddresses.text(hop);
    }

    private static List<String> entries(List<String> headers) {
        List<String> entries = new ArrayList<>();
        if (headers != null) {
            for (String header : headers) {
                if (header == null) {
                    continue;
                }
                for (String entry : header.split(",")) {
                    if (!entry.isBlank()) {
                        entries.add(entry.strip());
                    }
                }
            }
        }
        return entries;
    }

    private static String withoutZone(String address) {
        if (address == null) {
            return null;
        }
        int zone = address.indexOf('%');
        return zone < 0 ? address : address.substring(0, zone);
    }
}
