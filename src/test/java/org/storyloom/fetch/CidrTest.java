package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Networks and the allow-list parsed from settings. */
class CidrTest {

    @Test
    void containsChecksThePrefixBitsOnly() {
        Cidr net = Cidr.parse("172.16.0.0/12");

        assertThat(net.contains(bytes("172.16.0.1"))).isTrue();
        assertThat(net.contains(bytes("172.31.255.255"))).isTrue();
        assertThat(net.contains(bytes("172.32.0.0"))).isFalse();
        assertThat(net.contains(bytes("::ffff:172.16.0.1"))).as("other family").isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(bytes("8.8.8.8"))).isTrue();
        assertThat(Cidr.parse("fe80::/10").contains(bytes("febf:ffff::1"))).isTrue();
        assertThat(Cidr.parse("fe80::/10").contains(bytes("fec0::1"))).isFalse();
    }

    private static byte[] bytes(String literal) {
        byte[] bytes = Cidr.literalBytes(literal);
        assertThat(bytes).isNotNull();
        return java.util.Objects.requireNonNull(bytes);
    }

    @Test
    void bareAddressIsASingleAddressNetwork() {
        assertThat(Cidr.parse("127.0.0.1")).isEqualTo(Cidr.parse("127.0.0.1/32"));
        assertThat(Cidr.parse("::1").prefix()).isEqualTo(128);
        assertThat(Cidr.parse(" 10.0.0.0/8 ").toString()).isEqualTo("10.0.0.0/8");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"10.0.0.0/33", "10.0.0/8", "256.1.1.1", "example.org/24", "10.0.0.0/x", "::1/129", "1.2.3.4.5"})
    void rejectsMalformedNetworks(String text) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fetch: ");
    }

    @Test
    void literalDetectionNeverTreatsNamesAsAddresses() {
        assertThat(Cidr.literalBytes("example.org")).isNull();
        assertThat(Cidr.literalBytes("1.2.3")).isNull();
        assertThat(Cidr.literalBytes("0x7f.1")).isNull();
        assertThat(Cidr.literalBytes("[::1]")).hasSize(16);
        assertThat(Cidr.literalBytes("::ffff:1.2.3.4")).hasSize(16);
    }

    @Test
    void networkPolicySplitsHostsFromNetworks() {
        NetworkPolicy policy = NetworkPolicy.parse("127.0.0.1/32, localhost ,::1,, Intranet.Example");

        assertThat(policy.allowedHosts()).isEqualTo(Set.of("localhost", "intranet.example"));
        assertThat(policy.allowedNetworks()).isEqualTo(List.of(Cidr.parse("127.0.0.1/32"), Cidr.parse("::1/128")));
        assertThat(policy.allowsHost("INTRANET.example")).isTrue();
        assertThat(NetworkPolicy.none().allowedHosts()).isEmpty();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        FetchConfig config = FetchConfig.defaults();

        assertThat(config.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.maxRedirects()).isEqualTo(5);
        assertThat(config.perHostConcurrency()).isEqualTo(2);
        assertThat(config.userAgent()).startsWith("Storyloom/").contains("https://");
        assertThat(config.networkPolicy()).isEqualTo(NetworkPolicy.none());
    }
}
