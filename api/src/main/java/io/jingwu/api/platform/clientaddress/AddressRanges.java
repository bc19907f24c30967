package io.jingwu.api.platform.clientaddress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A configured set of addresses and networks ({@code 10.0.0.5}, {@code 10.1.0.0/16}, {@code 2001:db8::/48}),
 * IPv4 and IPv6: the load balancers trusted to name the client, or the shared kiosks. An entry that is not an
 * address or a network is logged and left out, so a typing error trusts nothing more than before.
 */
public final class AddressRanges {

    private static final Logger LOG = Logger.getLogger(AddressRanges.class.getName());

    private static final AddressRanges NONE = new AddressRanges(List.of());

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static AddressRanges none() {
        return NONE;
    }

    /**
     * @param entries addresses and networks; {@code none} and blank entries stand for nothing
     * @param setting the configuration key, named in the warning about an entry that is left out
     */
    public static AddressRanges parse(Collection<String> entries, String setting) {
        if (entries == null) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank() || entry.strip().equalsIgnoreCase("none")) {
                continue;
            }
            Optional<Range> range = Range.parse(entry.strip());
            if (range.isPresent()) {
                ranges.add(range.get());
            } else {
                LOG.warning(() -> setting + ": \"" + entry.strip() + "\" is neither an address nor a network; left out");
            }
        }
        return new AddressRanges(ranges);
    }

    public boolean contains(InetAddress address) {
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** Whether the literal names an address of these ranges; false for anything that is no address. */
    public boolean contains(String address) {
        return IpAddresses.parse(address).map(this::contains).orElse(false);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** A network: its first address with the bits that every address in it shares. */
    private record Range(byte[] network, int bits) {

        static Optional<Range> parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<InetAddress> address = IpAddresses.parse(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int length = address.get().getAddress().length * 8;
            int bits = length;
            if (slash >= 0) {
                String prefix = entry.substring(slash + 1);
                if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > length) {
                    return Optional.empty();
                }
                bits = Integer.parseInt(prefix);
            }
            return Optional.of(new Range(IpAddresses.prefix(address.get(), bits).getAddress(), bits));
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            return candidate.length == network.length
                    && Arrays.equals(IpAddresses.prefix(address, bits).getAddress(), network);
        }
    }
}
