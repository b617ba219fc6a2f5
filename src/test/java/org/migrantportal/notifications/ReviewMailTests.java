package org.migrantportal.notifications;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Review e-mails through a real SMTP server in the test: reviewers of the text's country
 * hear of a submitted text, its editor hears of a send-back with the reason, in their
 * language; nobody outside the scope, and nobody who switched the e-mails off.
 */
@PortalWebTest
class ReviewMailTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final String TITLE = "უსაფრთხო მიგრაცია";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private ContentFixtures content;

	private Long pageId;

	private String slug;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("portal.notifications.base-url", () -> "https://portal.example");
	}

	@BeforeEach
	void createPage() {
		this.accounts = new AccountFixtures(this.context);
		this.content = new ContentFixtures(this.context);
		this.slug = ContentFixtures.uniqueSlug("usafrtxo");
		this.pageId = this.content.publishedPageOnlyIn("ka", TITLE, this.slug, "ტექსტი.");
	}

	@AfterEach
	void removePage() {
		this.content.remove(this.pageId);
	}

	@Test
	void reviewersOfTheCountryHearOfASubmittedTextAndTheEditorOfASendBackWithTheReason() throws Exception {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String reviewer = this.accounts.create(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		String armenianReviewer = this.accounts.create(StaffRole.REVIEWER, CountryScope.ARMENIA, null);
		String quietReviewer = this.accounts.create(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		MockHttpSession quiet = logIn(quietReviewer);
		assertThat(this.mvc.post()
			.uri("/admin/notifications")
			.session(quiet)
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin");

		MockHttpSession editorSession = logIn(editor);
		this.mvc.post()
			.uri("/admin/pages/{id}/ka", this.pageId)
			.session(editorSession)
			.with(csrf())
			.param("title", TITLE)
			.param("slug", this.slug)
			.param("bodyMarkdown", "ტექსტი ცხელი ხაზით.")
			.param("version", Long.toString(version()))
			.param("then", "submit")
			.exchange();

		MimeMessage toReview = await().atMost(Duration.ofSeconds(15))
			.until(() -> to(reviewer), (found) -> found != null);
		assertThat(toReview.getSubject()).isEqualTo("ელოდება თქვენს განხილვას: " + TITLE);
		assertThat(toReview.getContent().toString())
			.contains("https://portal.example/admin/pages/" + this.pageId + "/ka");
		assertThat(to(armenianReviewer)).as("outside their country").isNull();
		assertThat(to(quietReviewer)).as("switched off").isNull();
		assertThat(to(editor)).as("not the person who submitted").isNull();

		String reason = "დაამატეთ ცხელი ხაზის სამუშაო საათები.";
		this.mvc.post()
			.uri("/admin/pages/{id}/ka/send-back", this.pageId)
			.session(logIn(reviewer))
			.with(csrf())
			.param("version", Long.toString(version()))
			.param("reason", reason)
			.exchange();
		MimeMessage sentBack = await().atMost(Duration.ofSeconds(15)).until(() -> to(editor), (found) -> found != null);
		assertThat(sentBack.getSubject()).isEqualTo("დაგიბრუნეს: " + TITLE);
		assertThat(sentBack.getContent().toString()).contains(reason).contains(reviewer);
	}

	private MimeMessage to(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return List.of(message.getRecipients(Message.RecipientType.TO))
					.stream()
					.anyMatch((address) -> address.toString().equalsIgnoreCase(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).findFirst().orElse(null);
	}

	private MockHttpSession logIn(String email) {
		return BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
	}

	private long version() {
		return this.jdbc.queryForObject(
				"select version from content_page_translation where page_id = ? and locale = 'ka'", Long.class,
				this.pageId);
	}

}
