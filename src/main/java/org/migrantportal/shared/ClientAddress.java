package org.migrantportal.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A client's address as the portal keeps it: never whole. An IPv4 address is cut to its
 * /24 network and an IPv6 address to its /64, which is what throttles count and the audit
 * trail shows; throttles key on a hash of that network. The address is the one the
 * container reports ({@code request.getRemoteAddr()}), the real client's behind a trusted
 * proxy.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/**
	 * The network the address belongs to ({@code 203.0.113.0/24},
	 * {@code 2001:db8:1:2::/64}); {@code unknown} for anything that is not an address.
	 */
	public static String network(String address) {
		// only literals: a name would make InetAddress ask the DNS
		if (address == null
				|| !(address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*"))) {
			return "unknown";
		}
		try {
			byte[] bytes = InetAddress.getByName(address.strip()).getAddress();
			if (bytes.length == 4) {
				return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix + ":/64";
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

	/** A short hash of the address's network, for keys of throttles. */
	public static String key(String address) {
		return hash(network(address));
	}

	/** A short SHA-256 hash of any text, such as an e-mail typed at login. */
	public static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
