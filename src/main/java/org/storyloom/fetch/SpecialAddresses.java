package org.storyloom.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Addresses a fetch must never reach by default: loopback, private, shared (CGNAT), link-local, unique-local,
 * multicast, unspecified, reserved and cloud-metadata ones, in IPv4, IPv6 and the IPv6 forms that embed an IPv4
 * address (mapped, NAT64, 6to4).
 */
final class SpecialAddresses {

    private static final List<Cidr> IPV4 = cidrs(
            "0.0.0.0/8", // "this network", includes the unspecified 0.0.0.0
            "10.0.0.0/8", // private
            "100.64.0.0/10", // shared address space (CGNAT); also Alibaba's metadata 100.100.100.200
            "127.0.0.0/8", // loopback
            "169.254.0.0/16", // link-local; AWS, GCP and Azure metadata at 169.254.169.254
            "172.16.0.0/12", // private
            "192.0.0.0/24", // IETF protocol assignments; Oracle's metadata 192.0.0.192
            "192.0.2.0/24", // documentation
            "192.88.99.0/24", // deprecated 6to4 relay anycast
            "192.168.0.0/16", // private
            "198.18.0.0/15", // benchmarking
            "198.51.100.0/24", // documentation
            "203.0.113.0/24", // documentation
            "224.0.0.0/4", // multicast
            "240.0.0.0/4"); // reserved, includes broadcast 255.255.255.255

    private static final List<Cidr> IPV6 = cidrs(
            "::/96", // unspecified ::, loopback ::1 and the deprecated IPv4-compatible forms
            "64:ff9b:1::/48", // local-use NAT64
            "100::/64", // discard-only
            "2001::/32", // Teredo (embeds an obfuscated IPv4 address)
            "2001:db8::/32", // documentation
            "fc00::/7", // unique-local; AWS metadata at fd00:ec2::254
            "fe80::/10", // link-local
            "fec0::/10", // deprecated site-local
            "ff00::/8"); // multicast

    private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    /** Names of cloud metadata services; they resolve to forbidden addresses anyway, refused before DNS. */
    private static final Set<String> METADATA_HOSTS = Set.of(
            "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal");

    private SpecialAddresses() {}

    /** True when the address (4 or 16 bytes) is one a fetch must not reach unless allowed explicitly. */
    static boolean isForbidden(byte[] address) {
        if (address.length == 4) {
            return IPV4.stream().anyMatch(c -> c.contains(address));
        }
        if (IPV6.stream().anyMatch(c -> c.contains(address))) {
            return true;
        }
        byte[] embedded = embeddedIpv4(address);
        return embedded != null && isForbidden(embedded);
    }

    /** The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}) address, or null. */
    static byte @Nullable [] mappedIpv4(byte[] address) {
        return address.length == 16 && MAPPED.contains(address) ? Arrays.copyOfRange(address, 12, 16) : null;
    }

    /** The IPv4 address an IPv6 address carries (mapped, NAT64 or 6to4), or null. */
    static byte @Nullable [] embeddedIpv4(byte[] address) {
        if (address.length != 16) {
            return null;
        }
        if (MAPPED.contains(address) || NAT64.contains(address)) {
            return Arrays.copyOfRange(address, 12, 16);
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Arrays.copyOfRange(address, 2, 6);
        }
        return null;
    }

    /** True for the names of cloud metadata services. */
    static boolean isMetadataHost(String host) {
        return METADATA_HOSTS.contains(normalHost(host));
    }

    /** Lower case, without brackets or a trailing dot. */
    static String normalHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static List<Cidr> cidrs(String... networks) {
        return Arrays.stream(networks).map(Cidr::parse).toList();
    }
}
