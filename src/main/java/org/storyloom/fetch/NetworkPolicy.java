package org.storyloom.fetch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the SSRF guard lets through although it would refuse it by default: named hosts (compared without case)
 * and IP networks. Empty by default: nothing private is reachable.
 *
 * @param allowedHosts host names allowed whatever they resolve to, e.g. {@code "localhost"}
 * @param allowedNetworks networks whose addresses are allowed, e.g. {@code 127.0.0.1/32} or {@code 10.0.0.0/8}
 */
public record NetworkPolicy(Set<String> allowedHosts, List<Cidr> allowedNetworks) {

    public NetworkPolicy {
        allowedHosts = Set.copyOf(
                allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        allowedNetworks = List.copyOf(allowedNetworks);
    }

    /** Nothing allowed beyond the public internet. */
    public static NetworkPolicy none() {
        return new NetworkPolicy(Set.of(), List.of());
    }

    /**
     * Entries such as {@code "127.0.0.1/32"}, {@code "::1"}, {@code "10.0.0.0/8"} or {@code "localhost"}: address
     * literals (with or without a prefix) become networks, anything else a host name.
     */
    public static NetworkPolicy of(List<String> entries) {
        Set<String> hosts = new LinkedHashSet<>();
        List<Cidr> networks = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            if (slash >= 0 || Cidr.isLiteral(e)) {
                networks.add(Cidr.parse(e));
            } else {
                hosts.add(e);
            }
        }
        return new NetworkPolicy(hosts, networks);
    }

    /** {@link #of(List)} over a comma-separated list, as given on the command line. */
    public static NetworkPolicy parse(String commaSeparated) {
        return of(List.of(commaSeparated.split(",")));
    }

    /** True when {@code host} is allowed by name. */
    boolean allowsHost(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
