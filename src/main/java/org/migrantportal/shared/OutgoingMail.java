package org.migrantportal.shared;

import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mail server the portal sends through: the one {@code spring.mail.*} names (host,
 * port, username, password, protocol, {@code spring.mail.properties.*} for TLS), or none
 * when no {@code spring.mail.host} is set. It replaces Spring Boot's mail
 * auto-configuration, whose condition on the host would be decided once by the build's
 * ahead-of-time processing, where no host is known.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class OutgoingMail {

	private final JavaMailSender sender;

	OutgoingMail(MailProperties properties) {
		this.sender = StringUtils.hasText(properties.getHost()) ? sender(properties) : null;
	}

	/** The mail server, if one is set. */
	public Optional<JavaMailSender> sender() {
		return Optional.ofNullable(this.sender);
	}

	private static JavaMailSender sender(MailProperties properties) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(properties.getHost());
		if (properties.getPort() != null) {
			sender.setPort(properties.getPort());
		}
		sender.setUsername(properties.getUsername());
		sender.setPassword(properties.getPassword());
		sender.setProtocol(properties.getProtocol());
		if (properties.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(properties.getDefaultEncoding().name());
		}
		Properties javaMail = new Properties();
		javaMail.putAll(properties.getProperties());
		sender.setJavaMailProperties(javaMail);
		return sender;
	}

}
