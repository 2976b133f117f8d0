package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard over address literals (no DNS) and over names through a fake resolver. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(NetworkPolicy.none());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.255.255.254",
                "10.0.0.1",
                "10.255.255.255",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "100.64.0.1",
                "100.127.255.255",
                "169.254.0.1",
                "169.254.169.254",
                "0.0.0.0",
                "0.1.2.3",
                "224.0.0.1",
                "239.255.255.250",
                "255.255.255.255",
                "240.0.0.1",
                "192.0.0.192",
                "198.18.0.1",
                "::1",
                "::",
                "fe80::1",
                "febf::1",
                "fc00::1",
                "fd12:3456::1",
                "fd00:ec2::254",
                "ff02::1",
                "ff05::2",
                "::ffff:127.0.0.1",
                "::ffff:7f00:1",
                "::ffff:10.0.0.1",
                "::ffff:169.254.169.254",
                "::ffff:192.168.1.1",
                "::ffff:0.0.0.0",
                "::127.0.0.1",
                "64:ff9b::a00:1",
                "64:ff9b::169.254.169.254",
                "2002:a00:1::1",
                "2002:7f00:1::"
            })
    void refusesNonPublicAddresses(String literal) {
        assertThat(guard.check(literal)).isInstanceOf(AddressGuard.Verdict.Refused.class);
        assertThat(guard.check("[" + literal + "]")).isInstanceOf(AddressGuard.Verdict.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "93.184.216.34",
                "172.15.255.255",
                "172.32.0.1",
                "100.63.255.255",
                "100.128.0.1",
                "169.253.255.255",
                "11.0.0.1",
                "223.255.255.254",
                "2606:4700:4700::1111",
                "2a00:1450:4001:80b::200e",
                "::ffff:8.8.8.8",
                "64:ff9b::808:808",
                "2002:808:808::1"
            })
    void allowsPublicAddresses(String literal) {
        assertThat(guard.check(literal)).isInstanceOf(AddressGuard.Verdict.Allowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "127.1", "10.1", "0x7f.0.0.1"})
    void obscureNumericFormsAreNeverAllowed(String host) {
        // The JVM reads some of these as 127.0.0.1 or 10.0.0.1 (and "0177.0.0.1" as the public 177.0.0.1, not
        // octal): the guard judges exactly what the JVM, and so the HTTP client, resolves a host to.
        assertThat(guard.check(host)).isNotInstanceOf(AddressGuard.Verdict.Allowed.class);
    }

    @Test
    void refusesMappedFormsKeptAsIpv6() throws UnknownHostException {
        // InetAddress turns ::ffff:a.b.c.d into an Inet4Address; an Inet6Address built from bytes stays mapped.
        byte[] mapped = Cidr.mapped(new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254});
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(guard.permits(address)).isFalse();
        assertThat(guard.permits(Cidr.mapped(new byte[] {8, 8, 4, 4}))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"metadata.google.internal", "METADATA.google.internal.", "metadata", "instance-data"})
    void refusesMetadataNamesWithoutLookingThemUp(String host) {
        AddressGuard noDns = new AddressGuard(NetworkPolicy.none(), name -> {
            throw new AssertionError("no lookup expected for " + name);
        });

        assertThat(noDns.check(host)).isInstanceOf(AddressGuard.Verdict.Refused.class);
    }

    @Test
    void allowListLetsNetworksThroughAndNothingElse() {
        AddressGuard allowing = new AddressGuard(NetworkPolicy.parse("127.0.0.1/32, 10.1.0.0/16, fd00::/8"));

        assertThat(allowing.check("127.0.0.1")).isInstanceOf(AddressGuard.Verdict.Allowed.class);
        assertThat(allowing.check("::ffff:127.0.0.1")).isInstanceOf(AddressGuard.Verdict.Allowed.class);
        assertThat(allowing.check("10.1.200.3")).isInstanceOf(AddressGuard.Verdict.Allowed.class);
        assertThat(allowing.check("fd00:ec2::254")).isInstanceOf(AddressGuard.Verdict.Allowed.class);
        assertThat(allowing.check("127.0.0.2")).isInstanceOf(AddressGuard.Verdict.Refused.class);
        assertThat(allowing.check("10.2.0.1")).isInstanceOf(AddressGuard.Verdict.Refused.class);
        assertThat(allowing.check("::1")).isInstanceOf(AddressGuard.Verdict.Refused.class);
        assertThat(allowing.check("169.254.169.254")).isInstanceOf(AddressGuard.Verdict.Refused.class);
    }

    @Test
    void allowListByHostNameSkipsTheAddressCheck() {
        AddressGuard.Resolver resolver = fakeDns(Map.of("intranet.local", List.of("10.0.0.7")));

        assertThat(new AddressGuard(NetworkPolicy.parse("Intranet.Local"), resolver).check("intranet.local"))
                .isInstanceOf(AddressGuard.Verdict.Allowed.class);
        assertThat(new AddressGuard(NetworkPolicy.none(), resolver).check("intranet.local"))
                .isEqualTo(new AddressGuard.Verdict.Refused(
                        "fetch: refused intranet.local: it resolves to the non-public address 10.0.0.7"));
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() {
        AddressGuard rebinding = new AddressGuard(
                NetworkPolicy.none(), fakeDns(Map.of("news.example", List.of("93.184.216.34", "127.0.0.1"))));

        assertThat(rebinding.check("news.example")).isInstanceOf(AddressGuard.Verdict.Refused.class);
    }

    @Test
    void aPublicNameIsAllowedWithTheAddressesChecked() {
        AddressGuard dns =
                new AddressGuard(NetworkPolicy.none(), fakeDns(Map.of("news.example", List.of("93.184.216.34"))));

        assertThat(dns.check("news.example"))
                .isInstanceOfSatisfying(
                        AddressGuard.Verdict.Allowed.class,
                        a -> assertThat(a.addresses())
                                .extracting(InetAddress::getHostAddress)
                                .containsExactly("93.184.216.34"));
    }

    @Test
    void unresolvableAndEmptyHosts() {
        AddressGuard dns = new AddressGuard(NetworkPolicy.none(), fakeDns(Map.of()));

        assertThat(dns.check("nowhere.example"))
                .isEqualTo(new AddressGuard.Verdict.Unresolved("fetch: cannot resolve host nowhere.example"));
        assertThat(dns.check("")).isInstanceOf(AddressGuard.Verdict.Refused.class);
    }

    private static AddressGuard.Resolver fakeDns(Map<String, List<String>> records) {
        return host -> {
            List<String> literals = records.get(host);
            if (literals == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] addresses = new InetAddress[literals.size()];
            for (int i = 0; i < addresses.length; i++) {
                addresses[i] = InetAddress.getByAddress(
                        host, java.util.Objects.requireNonNull(Cidr.literalBytes(literals.get(i))));
            }
            return addresses;
        };
    }
}
