package org.migrantportal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	@Test
	void anIpv4AddressIsKeptAsItsSlash24Network() {
		assertThat(ClientAddress.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
	}

	@Test
	void anIpv6AddressIsKeptAsItsSlash64Network() {
		assertThat(ClientAddress.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.network("::1")).isEqualTo("0:0:0:0::/64");
	}

	@Test
	void addressesOfOneNetworkShareOneKeyThatIsNotTheAddress() {
		assertThat(ClientAddress.key("198.51.100.1")).isEqualTo(ClientAddress.key("198.51.100.200"))
			.isNotEqualTo(ClientAddress.key("198.51.101.1"))
			.doesNotContain("198.51");
	}

	@Test
	void anythingThatIsNotAnAddressIsUnknownAndNeverLookedUp() {
		assertThat(ClientAddress.network("example.org")).isEqualTo("unknown");
		assertThat(ClientAddress.network("abc")).isEqualTo("unknown");
		assertThat(ClientAddress.network(null)).isEqualTo("unknown");
	}

}
