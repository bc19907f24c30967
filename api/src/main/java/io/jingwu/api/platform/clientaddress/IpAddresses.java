package io.jingwu.api.platform.clientaddress;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP address literals read strictly, never through DNS: {@link InetAddress#getByName} looks up anything that is not
 * a literal, and a forwarded header is written by whoever sends the request.
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED_WITH_PORT = Pattern.compile("\\[([^\\]]*)](?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** The bits an IPv6 client is counted by: one /64 is one subscriber's network, with any number of addresses. */
    static final int IPV6_SUBSCRIBER_PREFIX = 64;

    private IpAddresses() {
    }

    /**
     * The address a literal names: IPv4 ({@code 203.0.113.7}, also with a port), IPv6 ({@code 2001:db8::7},
     * also in brackets with a port); an IPv4-mapped IPv6 address is the IPv4 address. Empty for anything else,
     * host names included.
     */
    public static Optional<InetAddress> parse(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        String text = literal.strip();
        Matcher bracketed = BRACKETED_WITH_PORT.matcher(text);
        if (bracketed.matches()) {
            return ipv6(bracketed.group(1));
        }
        Matcher withPort = IPV4_WITH_PORT.matcher(text);
        if (withPort.matches()) {
            text = withPort.group(1);
        }
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(ipv4.group(i + 1));
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(byAddress(bytes));
        }
        return ipv6(text);
    }

    /**
     * What a per-address limit counts: an IPv4 address itself; an IPv6 address by its /64 network, since one
     * subscriber has the whole /64 and could otherwise take a fresh allowance with every address in it.
     */
    public static String limitSubject(InetAddress address) {
        if (address instanceof Inet6Address) {
            return text(prefix(address, IPV6_SUBSCRIBER_PREFIX)) + "/" + IPV6_SUBSCRIBER_PREFIX;
        }
        return text(address);
    }

    /** {@link #limitSubject(InetAddress)} of a client address as text; text that is no address counts as itself. */
    public static String limitSubject(String clientAddress) {
        return parse(clientAddress).map(IpAddresses::limitSubject).orElse(String.valueOf(clientAddress));
    }

    /** The address as text, without a zone: {@code 203.0.113.7}, {@code 2001:db8:0:0:0:0:0:7}. */
    public static String text(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return zone < 0 ? text : text.substring(0, zone);
    }

    /** The address with every bit after the first {@code bits} cleared. */
    static InetAddress prefix(InetAddress address, int bits) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            bytes[i] &= (byte) (0xFF << (8 - keep));
        }
        return byAddress(bytes);
    }

    private static Optional<InetAddress> ipv6(String text) {
        // Only a literal with a colon, starting with a hex digit or a colon, is parsed by the JDK without DNS.
        if (!IPV6.matcher(text).matches() || text.startsWith(".")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException | RuntimeException notALiteral) {
            return Optional.empty();
        }
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
