package org.storyloom.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An IP network: an address and a prefix length, IPv4 (4 bytes) or IPv6 (16 bytes).
 *
 * @param network the network address bytes (host bits are ignored)
 * @param prefix how many leading bits belong to the network
 */
public record Cidr(byte[] network, int prefix) {

    public Cidr {
        network = network.clone();
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("fetch: an address has 4 or 16 bytes, not " + network.length);
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("fetch: prefix /" + prefix + " is out of range");
        }
    }

    /**
     * Parses {@code "10.0.0.0/8"}, {@code "fc00::/7"} or a bare address literal (a single-address network). Never
     * looks anything up in DNS.
     *
     * @throws IllegalArgumentException when the text is not an address literal with an optional prefix
     */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literalBytes(address);
        if (bytes == null) {
            throw new IllegalArgumentException("fetch: not an IP network: " + text);
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fetch: bad prefix in network " + text, e);
            }
        }
        return new Cidr(bytes, prefix);
    }

    /** True when {@code text} is an IPv4 or IPv6 address literal (possibly in brackets). */
    static boolean isLiteral(String text) {
        return literalBytes(text) != null;
    }

    /**
     * The bytes of an address literal without any DNS lookup, or null when {@code text} is not a literal. An IPv6
     * literal keeps its 16 bytes even when it is an IPv4-mapped form.
     */
    static byte @Nullable [] literalBytes(String text) {
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (s.indexOf(':') >= 0) {
            return ipv6Bytes(s);
        }
        return ipv4Bytes(s);
    }

    private static byte @Nullable [] ipv4Bytes(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static byte @Nullable [] ipv6Bytes(String s) {
        if (s.indexOf('%') >= 0 || !s.toLowerCase(Locale.ROOT).chars().allMatch(Cidr::isIpv6Char)) {
            return null;
        }
        try {
            // A string with a colon and only these characters is an IPv6 literal: no DNS lookup happens.
            InetAddress address = InetAddress.getByName("[" + s + "]");
            byte[] bytes = address.getAddress();
            return bytes.length == 16 ? bytes : mapped(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isIpv6Char(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.';
    }

    /** The IPv4-mapped IPv6 form {@code ::ffff:a.b.c.d} of an IPv4 address. */
    static byte[] mapped(byte[] ipv4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, bytes, 12, 4);
        return bytes;
    }

    @Override
    public byte[] network() {
        return network.clone();
    }

    /** True when {@code address} (of the same family) lies inside this network. */
    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Cidr c && prefix == c.prefix && Arrays.equals(network, c.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("fetch: unreachable, the length was checked", e);
        }
    }
}
