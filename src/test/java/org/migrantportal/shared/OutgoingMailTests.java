package org.migrantportal.shared;

import java.util.Properties;

import javax.net.ssl.SSLSocketFactory;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The mail server {@code spring.mail.*} names, read as Spring Boot reads it: a server
 * that speaks TLS from the first byte (SMTPS, port 465) gets the portal's mail when
 * {@code spring.mail.ssl.enabled=true} says so, and a named SSL bundle's trust is used.
 */
class OutgoingMailTests {

	@RegisterExtension
	static final GreenMailExtension smtps = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

	@Test
	void aServerSpeakingTlsFromTheFirstByteGetsTheMailWhenSslIsEnabled() throws Exception {
		MailProperties properties = server();
		properties.getSsl().setEnabled(true);
		// GreenMail's certificate is its own, made for no host name: trusted here, and
		// JavaMail, which checks the name by default, told not to
		properties.getSsl().setVerifyHostname(false);
		properties.getProperties().put("mail.smtp.ssl.trust", "*");
		properties.getProperties().put("mail.smtp.ssl.checkserveridentity", "false");

		send(new OutgoingMail(properties, noBundles()).sender().orElseThrow());

		assertThat(smtps.getReceivedMessages()).hasSize(1);
		assertThat(smtps.getReceivedMessages()[0].getContent()).asString().contains("ანგარიში");
	}

	@Test
	void withoutSslNothingOfTlsIsAddedAndJavaMailsOwnSettingsPass() {
		MailProperties properties = server();
		properties.getProperties().put("mail.smtp.starttls.enable", "true");

		Properties javaMail = javaMail(new OutgoingMail(properties, noBundles()));

		assertThat(javaMail).containsEntry("mail.smtp.starttls.enable", "true")
			.doesNotContainKeys("mail.smtp.ssl.enable", "mail.smtp.ssl.checkserveridentity");
	}

	@Test
	void aNamedBundleGivesTheSocketsAndTheHostNameIsCheckedByDefault() {
		MailProperties properties = server();
		properties.setProtocol("smtps");
		properties.getSsl().setBundle("mail");
		DefaultSslBundleRegistry registry = new DefaultSslBundleRegistry();
		registry.registerBundle("mail", SslBundle.systemDefault());

		Properties javaMail = javaMail(new OutgoingMail(properties, provider(registry)));

		assertThat(javaMail.get("mail.smtps.ssl.socketFactory")).isInstanceOf(SSLSocketFactory.class);
		assertThat(javaMail.getProperty("mail.smtps.ssl.checkserveridentity")).isEqualTo("true");
		assertThat(javaMail.getProperty("mail.smtps.ssl.enable")).as("smtps is TLS already").isNull();
	}

	@Test
	void aBundleNamedButNoneConfiguredStopsTheStartSayingWhy() {
		MailProperties properties = server();
		properties.getSsl().setBundle("mail");

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new OutgoingMail(properties, noBundles()))
			.withMessageContaining("spring.mail.ssl.bundle=mail")
			.withMessageContaining("spring.ssl.bundle");
	}

	@Test
	void noHostNoMailServer() {
		assertThat(new OutgoingMail(new MailProperties(), noBundles()).sender()).isEmpty();
	}

	private static MailProperties server() {
		MailProperties properties = new MailProperties();
		properties.setHost("127.0.0.1");
		properties.setPort(smtps.getSmtps().getPort());
		return properties;
	}

	private static void send(JavaMailSender sender) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("portal@example.org");
		message.setTo("editor@example.org");
		message.setSubject("review");
		message.setText("თქვენი ანგარიში");
		sender.send(message);
	}

	private static Properties javaMail(OutgoingMail mail) {
		return ((JavaMailSenderImpl) mail.sender().orElseThrow()).getJavaMailProperties();
	}

	private static ObjectProvider<SslBundles> noBundles() {
		return new DefaultListableBeanFactory().getBeanProvider(SslBundles.class);
	}

	private static ObjectProvider<SslBundles> provider(SslBundles bundles) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("sslBundles", bundles);
		return beans.getBeanProvider(SslBundles.class);
	}

}
