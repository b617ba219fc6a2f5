package org.migrantportal.operations;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read the metrics ({@code portal.metrics.*}).
 *
 * @param allowedAddresses client IP addresses that may read {@code /actuator/prometheus}
 * without a token (default: loopback only)
 * @param token a bearer token that opens {@code /actuator/prometheus} from anywhere;
 * empty opens nothing
 */
@ConfigurationProperties("portal.metrics")
@Validated
record OperationsProperties(@DefaultValue( {
		"127.0.0.1", "::1" }) @NotNull List<String> allowedAddresses, @DefaultValue("") String token){

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	OperationsProperties {
		for (String address : allowedAddresses) {
			if (!IP_LITERAL.matcher(address.trim()).matches()) {
				throw new IllegalArgumentException(
						"portal.metrics.allowed-addresses takes IP addresses only, not '" + address + "'");
			}
		}
	}

}
