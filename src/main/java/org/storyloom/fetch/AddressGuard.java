package org.storyloom.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SSRF guard: resolves a host and refuses it when any of its addresses is special (loopback, private,
 * link-local, metadata... see {@link SpecialAddresses}) and not allowed by the {@link NetworkPolicy}.
 *
 * <p>Every address a name resolves to must pass, so a name cannot hide a private address behind a public one. The
 * HTTP client then resolves the name again; the JVM's address cache (30 s by default) normally answers that with
 * the same addresses, which narrows DNS rebinding to the rare expiry between the check and the connect. The
 * fetcher checks again on every redirect hop.
 */
public final class AddressGuard {

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What the guard decided about a host. */
    public sealed interface Verdict {
        /** The host may be fetched; these are the addresses checked. */
        record Allowed(List<InetAddress> addresses) implements Verdict {}

        /** The host must not be fetched. */
        record Refused(String reason) implements Verdict {}

        /** The host name did not resolve. */
        record Unresolved(String reason) implements Verdict {}
    }

    private final NetworkPolicy policy;
    private final Resolver resolver;

    public AddressGuard(NetworkPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    AddressGuard(NetworkPolicy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** Resolves {@code host} (a name or an address literal, IPv6 possibly in brackets) and judges it. */
    public Verdict check(String host) {
        String name = SpecialAddresses.normalHost(host);
        if (name.isEmpty()) {
            return new Verdict.Refused("fetch: no host");
        }
        boolean allowedByName = policy.allowsHost(name);
        if (!allowedByName && SpecialAddresses.isMetadataHost(name)) {
            return new Verdict.Refused("fetch: refused cloud metadata host " + name);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return new Verdict.Unresolved("fetch: cannot resolve host " + name);
        }
        if (addresses.length == 0) {
            return new Verdict.Unresolved("fetch: cannot resolve host " + name);
        }
        if (!allowedByName) {
            for (InetAddress address : addresses) {
                if (!permits(address)) {
                    return new Verdict.Refused("fetch: refused " + name + ": it resolves to the non-public address "
                            + address.getHostAddress());
                }
            }
        }
        return new Verdict.Allowed(List.of(addresses));
    }

    /** True when a connection to {@code address} is allowed. */
    public boolean permits(InetAddress address) {
        return permits(address.getAddress());
    }

    /** True when a connection to the address with these bytes (4 or 16) is allowed. */
    boolean permits(byte[] address) {
        return isAllowListed(address) || !SpecialAddresses.isForbidden(address);
    }

    private boolean isAllowListed(byte[] address) {
        byte[] v4 = SpecialAddresses.mappedIpv4(address);
        byte @Nullable [] other = v4 != null ? v4 : address.length == 4 ? Cidr.mapped(address) : null;
        for (Cidr network : policy.allowedNetworks()) {
            if (network.contains(address) || (other != null && network.contains(other))) {
                return true;
            }
        }
        return false;
    }
}
