package io.jingwu.api.fraud.links.control;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.IDNA;
import io.jingwu.api.fraud.links.control.NotALinkException.Reason;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A host as a browser resolves it, without asking DNS: an international name through UTS #46 (non-transitional,
 * as the WHATWG URL standard and current browsers do: hyphens anywhere allowed, bidi and joiner rules checked),
 * an IPv4 address in any of the forms browsers accept ({@code 3232235777}, {@code 0x7f.1}), an IPv6 address, and
 * where the name sits in the public suffix list.
 */
final class HostNames {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    /** What the URL standard does not check (CheckHyphens=false): CDN hosts such as {@code r3---sn-x.example.com}. */
    private static final Set<IDNA.Error> TOLERATED = EnumSet.of(
            IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4);
    /** Errors of the shape of the name rather than of its international labels. */
    private static final Set<IDNA.Error> MALFORMED = EnumSet.of(IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG,
            IDNA.Error.DOMAIN_NAME_TOO_LONG, IDNA.Error.DISALLOWED, IDNA.Error.LABEL_HAS_DOT);

    private static final Pattern ASCII_NAME = Pattern.compile("[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");

    /**
     * @param ascii             lower case, punycode, or the address
     * @param publicSuffix      ASCII, null for an address
     * @param registrableDomain ASCII, null for an address or a host that is itself a public suffix
     */
    record Host(String ascii, String unicode, boolean ipLiteral, boolean ipv6, String publicSuffix,
                String registrableDomain) {
    }

    private HostNames() {
    }

    /** @param host as written between the scheme (or user information) and the port */
    static Host parse(String host) {
        if (host.startsWith("[")) {
            return ipv6(host);
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty()) {
            throw new NotALinkException(Reason.INVALID_HOST, "no host");
        }
        String ascii = toAscii(name);
        if (!ASCII_NAME.matcher(ascii).matches()) {
            throw new NotALinkException(Reason.INVALID_HOST, ascii);
        }
        String lastLabel = ascii.substring(ascii.lastIndexOf('.') + 1);
        if (NUMBER.matcher(lastLabel).matches()) {
            String address = ipv4(ascii);
            return new Host(address, address, true, false, null, null);
        }
        return domain(ascii);
    }

    private static String toAscii(String name) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder ascii = UTS46.nameToASCII(name, new StringBuilder(name.length() + 8), info);
        Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
        errors.addAll(info.getErrors());
        errors.removeAll(TOLERATED);
        if (!errors.isEmpty()) {
            boolean malformed = errors.stream().anyMatch(MALFORMED::contains);
            throw new NotALinkException(malformed ? Reason.INVALID_HOST : Reason.INVALID_IDN, errors.toString());
        }
        return ascii.toString();
    }

    private static String toUnicode(String ascii) {
        IDNA.Info info = new IDNA.Info();
        return UTS46.nameToUnicode(ascii, new StringBuilder(ascii.length()), info).toString();
    }

    private static Host domain(String ascii) {
        InternetDomainName name;
        try {
            name = InternetDomainName.from(ascii);
        } catch (IllegalArgumentException e) {
            throw new NotALinkException(Reason.INVALID_HOST, ascii);
        }
        String unicode = toUnicode(ascii);
        if (name.isUnderPublicSuffix()) {
            return new Host(ascii, unicode, false, false, name.publicSuffix().toString(),
                    name.topPrivateDomain().toString());
        }
        if (name.isPublicSuffix()) {
            return new Host(ascii, unicode, false, false, ascii, null);
        }
        throw new NotALinkException(Reason.UNKNOWN_SUFFIX, ascii);
    }

    private static Host ipv6(String host) {
        if (!host.endsWith("]")) {
            throw new NotALinkException(Reason.INVALID_IP, "unclosed [");
        }
        String inside = host.substring(1, host.length() - 1);
        if (!inside.contains(":") || inside.contains("%") || !InetAddresses.isInetAddress(inside)) {
            throw new NotALinkException(Reason.INVALID_IP, inside);
        }
        InetAddress address = InetAddresses.forString(inside);
        String text = InetAddresses.toAddrString(address);
        return new Host(text, text, true, text.contains(":"), null, null);
    }

    /**
     * The URL standard's IPv4 parser: one to four parts, each decimal, octal (leading 0) or hexadecimal (0x), the
     * last filling the bytes the others left.
     */
    private static String ipv4(String ascii) {
        String[] parts = ascii.split("\\.", -1);
        if (parts.length > 4) {
            throw new NotALinkException(Reason.INVALID_IP, ascii);
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = ipv4Number(parts[i], ascii);
            if (i < parts.length - 1 && numbers[i] > 255) {
                throw new NotALinkException(Reason.INVALID_IP, ascii);
            }
        }
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            throw new NotALinkException(Reason.INVALID_IP, ascii);
        }
        long address = last;
        for (int i = 0; i < parts.length - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return (address >> 24 & 0xff) + "." + (address >> 16 & 0xff) + "." + (address >> 8 & 0xff) + "."
                + (address & 0xff);
    }

    private static long ipv4Number(String part, String ascii) {
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            if (radix == 16) {
                return 0;
            }
            throw new NotALinkException(Reason.INVALID_IP, ascii);
        }
        if (digits.length() > 12) {
            throw new NotALinkException(Reason.INVALID_IP, ascii);
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            throw new NotALinkException(Reason.INVALID_IP, ascii);
        }
    }
}
