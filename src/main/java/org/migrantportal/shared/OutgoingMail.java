package org.migrantportal.shared;

import java.util.Optional;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mail server the portal sends through: the one {@code spring.mail.*} names (host,
 * port, username, password, protocol, {@code spring.mail.properties.*} for JavaMail's own
 * settings such as STARTTLS, {@code spring.mail.ssl.*} for a server spoken to over TLS
 * from the first byte, as Spring Boot reads them), or none when no
 * {@code spring.mail.host} is set. It replaces Spring Boot's mail auto-configuration,
 * whose condition on the host would be decided once by the build's ahead-of-time
 * processing, where no host is known.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class OutgoingMail {

	private final JavaMailSender sender;

	OutgoingMail(MailProperties properties, ObjectProvider<SslBundles> sslBundles) {
		this.sender = StringUtils.hasText(properties.getHost()) ? sender(properties, sslBundles) : null;
	}

	/** The mail server, if one is set. */
	public Optional<JavaMailSender> sender() {
		return Optional.ofNullable(this.sender);
	}

	private static JavaMailSender sender(MailProperties properties, ObjectProvider<SslBundles> sslBundles) {
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
		applySsl(properties, sslBundles, javaMail);
		sender.setJavaMailProperties(javaMail);
		return sender;
	}

	/** {@code spring.mail.ssl.*} as Spring Boot's own mail sender reads it. */
	private static void applySsl(MailProperties properties, ObjectProvider<SslBundles> sslBundles,
			Properties javaMail) {
		MailProperties.Ssl ssl = properties.getSsl();
		String bundle = ssl.getBundle();
		if (!ssl.isEnabled() && !StringUtils.hasLength(bundle)) {
			return;
		}
		String protocol = StringUtils.hasLength(properties.getProtocol()) ? properties.getProtocol() : "smtp";
		if (ssl.isVerifyHostname()) {
			javaMail.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
		}
		if (ssl.isEnabled()) {
			javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
		}
		if (StringUtils.hasLength(bundle)) {
			SslBundles bundles = sslBundles.getIfAvailable();
			if (bundles == null) {
				throw new IllegalStateException("spring.mail.ssl.bundle=" + bundle + " names a bundle, but no "
						+ "spring.ssl.bundle.* is configured");
			}
			javaMail.put("mail." + protocol + ".ssl.socketFactory",
					bundles.getBundle(bundle).createSslContext().getSocketFactory());
		}
	}

}
