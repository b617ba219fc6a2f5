package org.migrantportal.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.directory.DirectoryFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor answers "Was this useful?" at the end of a page or service, without
 * JavaScript: the answer is kept without personal data, a wrong form comes back with what
 * was typed, an unknown target is refused.
 */
@PortalWebTest
class FeedbackControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private ContentFixtures content;

	private DirectoryFixtures directory;

	private Long pageId;

	private String slug;

	@BeforeEach
	void page() {
		this.content = new ContentFixtures(this.context);
		this.directory = new DirectoryFixtures(this.context);
		this.slug = ContentFixtures.uniqueSlug("sasargeblo");
		this.pageId = this.content.publishedPageOnlyIn("ka", "ვიზა საქართველოში", this.slug, "ტექსტი.");
	}

	@AfterEach
	void remove() {
		this.jdbc.update("delete from feedback where target_kind = 'PAGE' and target_id = ?", this.pageId);
		this.content.remove(this.pageId);
		this.directory.removeAll();
	}

	@Test
	void everyPageEndsWithTheSameFormThatPostsItsOwnTarget() throws Exception {
		Document page = Jsoup.parse(get("/ka/pages/" + this.slug).getContentAsString());
		assertThat(page.select("form.feedback-form").attr("action")).isEqualTo("/ka/feedback");
		assertThat(page.select("form.feedback-form input[name=kind]").val()).isEqualTo("PAGE");
		assertThat(page.select("form.feedback-form input[name=id]").val()).isEqualTo(this.pageId.toString());
		assertThat(page.select("form.feedback-form input[type=radio]")).extracting((input) -> input.val())
			.containsExactly("yes", "no");
		assertThat(page.select("#feedback-text-hint").text()).contains("პირადი მონაცემები");
	}

	@Test
	void topicsAndNewsItemsEndWithTheFormForThemselves() throws Exception {
		Map<String, Object> topic = this.jdbc
			.queryForMap("select t.topic_id, t.published_slug from topic_translation t "
					+ "join topic r on r.id = t.topic_id where r.content_key = 'labour-migration' and t.locale = 'ka'");
		Document topicPage = Jsoup.parse(get("/ka/topics/" + topic.get("published_slug")).getContentAsString());
		assertThat(topicPage.select("form.feedback-form input[name=kind]").val()).isEqualTo("TOPIC");
		assertThat(topicPage.select("form.feedback-form input[name=id]").val())
			.isEqualTo(topic.get("topic_id").toString());
		String newsSlug = ContentFixtures.uniqueSlug("siakhle");
		Long newsId = this.content.publishedNews(CountryScope.GEORGIA, LocalDate.of(2026, 4, 1), false, "ka", "სიახლე",
				newsSlug);
		try {
			Document news = Jsoup.parse(get("/ka/news/" + newsSlug).getContentAsString());
			assertThat(news.select("form.feedback-form input[name=kind]").val()).isEqualTo("NEWS");
			assertThat(news.select("form.feedback-form input[name=id]").val()).isEqualTo(newsId.toString());
		}
		finally {
			this.content.removeNews(newsId);
		}
	}

	@Test
	void aYesIsKeptWithTheLanguageAndTheDayOnlyAndLeadsToTheThankYouPage() throws Exception {
		MockHttpServletResponse sent = post("/ka/feedback",
				Map.of("kind", "PAGE", "id", this.pageId.toString(), "useful", "yes", "text", ""));
		assertThat(sent.getStatus()).isEqualTo(303);
		assertThat(sent.getRedirectedUrl()).isEqualTo("/ka/feedback/thanks?kind=page&id=" + this.pageId);
		Map<String, Object> row = this.jdbc.queryForMap("select * from feedback where target_id = ?", this.pageId);
		assertThat(row).containsEntry("target_kind", "PAGE")
			.containsEntry("locale", "ka")
			.containsEntry("useful", true)
			.containsEntry("comment", null);
		assertThat(row.keySet()).containsExactlyInAnyOrder("id", "target_kind", "target_id", "locale", "useful",
				"comment", "received_on");

		Document thanks = Jsoup.parse(get(sent.getRedirectedUrl()).getContentAsString());
		assertThat(thanks.select("h1").text()).isEqualTo("გმადლობთ შეფასებისთვის");
		assertThat(thanks.select("a.feedback-back").attr("href")).isEqualTo("/ka/pages/" + this.slug);
	}

	@Test
	void aNoWithATextIsKeptWithoutTheEmailAddressAndPhoneNumberInIt() {
		MockHttpServletResponse sent = post("/en/feedback",
				Map.of("kind", "page", "id", this.pageId.toString(), "useful", "no", "text",
						"  The visa part is unclear. Call me: +995 555 123 456 or nino@example.ge\u0000 "));
		assertThat(sent.getStatus()).isEqualTo(303);
		Map<String, Object> row = this.jdbc.queryForMap("select * from feedback where target_id = ?", this.pageId);
		assertThat(row).containsEntry("useful", false).containsEntry("locale", "en");
		assertThat(row.get("comment")).isEqualTo("The visa part is unclear. Call me: [removed] or [removed]");
	}

	@Test
	void aServiceTakesFeedbackToo() throws Exception {
		Long serviceId = this.directory.publish(this.directory.yerevanShelter());
		Document service = Jsoup.parse(get("/hy/services/apastan-" + this.directory.suffix).getContentAsString());
		assertThat(service.select("form.feedback-form input[name=kind]").val()).isEqualTo("SERVICE");
		MockHttpServletResponse sent = post("/hy/feedback",
				Map.of("kind", "SERVICE", "id", serviceId.toString(), "useful", "yes", "text", "Շնորհակալություն"));
		assertThat(sent.getRedirectedUrl()).isEqualTo("/hy/feedback/thanks?kind=service&id=" + serviceId);
		assertThat(
				this.jdbc.queryForObject("select comment from feedback where target_kind = 'SERVICE' and target_id = ?",
						String.class, serviceId))
			.isEqualTo("Շնորհակալություն");
		this.jdbc.update("delete from feedback where target_kind = 'SERVICE' and target_id = ?", serviceId);
	}

	@Test
	void aTooLongTextComesBackWithEverythingTypedAnd400() throws Exception {
		String text = "ძალიან გრძელი ტექსტი. ".repeat(30);
		MockHttpServletResponse refused = post("/ka/feedback",
				Map.of("kind", "PAGE", "id", this.pageId.toString(), "useful", "no", "text", text));
		assertThat(refused.getStatus()).isEqualTo(400);
		Document form = Jsoup.parse(refused.getContentAsString());
		assertThat(form.select("textarea#feedback-text").text()).isEqualTo(text.strip());
		assertThat(form.select("#feedback-text-error").text()).contains("500");
		assertThat(form.select("input[name=useful][value=no]").hasAttr("checked")).isTrue();
		assertThat(form.select("input[name=id]").val()).isEqualTo(this.pageId.toString());
		assertThat(count()).isZero();
	}

	@Test
	void noAnswerChosenComesBackWithTheTextAnd400() throws Exception {
		MockHttpServletResponse refused = post("/hy/feedback",
				Map.of("kind", "PAGE", "id", this.pageId.toString(), "text", "Որտե՞ղ է դիմումի ձևը"));
		assertThat(refused.getStatus()).isEqualTo(400);
		Document form = Jsoup.parse(refused.getContentAsString());
		assertThat(form.select("#feedback-useful-error").text()).isEqualTo("Խնդրում ենք ընտրել «Այո» կամ «Ոչ»։");
		assertThat(form.select("textarea#feedback-text").text()).isEqualTo("Որտե՞ղ է դիմումի ձևը");
		assertThat(count()).isZero();
	}

	@Test
	void aTargetThatIsNotOneIsRefusedWithTheFriendlyPage() {
		for (Map<String, String> bad : List.of(Map.of("kind", "PAGE", "id", "../../admin", "useful", "yes"),
				Map.of("kind", "ACCOUNT", "id", this.pageId.toString(), "useful", "yes"),
				Map.of("id", this.pageId.toString(), "useful", "yes"),
				Map.of("kind", "PAGE", "id", "99999999999999999999999", "useful", "yes"))) {
			assertThat(post("/ka/feedback", bad).getStatus()).as(bad.toString()).isEqualTo(400);
		}
		assertThat(post("/ka/feedback", Map.of("kind", "PAGE", "id", "987654321", "useful", "yes")).getStatus())
			.isEqualTo(404);
		assertThat(get("/ka/feedback/thanks?kind=NEWS&id=987654321").getStatus()).isEqualTo(404);
		assertThat(count()).isZero();
	}

	@Test
	void aPostFromAnotherWebsiteIsRefusedWith403() throws Exception {
		MockHttpServletResponse refused = this.mvc.post()
			.uri("/ka/feedback")
			.header("Sec-Fetch-Site", "cross-site")
			.param("kind", "PAGE")
			.param("id", this.pageId.toString())
			.param("useful", "no")
			.exchange()
			.getResponse();
		// the public security chain refuses it; PortalApplicationTests shows the page
		assertThat(refused.getStatus()).isEqualTo(403);
		MockHttpServletResponse otherOrigin = this.mvc.post()
			.uri("/ka/feedback")
			.header("Origin", "https://evil.example")
			.param("kind", "PAGE")
			.param("id", this.pageId.toString())
			.param("useful", "no")
			.exchange()
			.getResponse();
		assertThat(otherOrigin.getStatus()).isEqualTo(403);
		assertThat(count()).isZero();
		MockHttpServletResponse sameSite = this.mvc.post()
			.uri("/ka/feedback")
			.header("Sec-Fetch-Site", "same-origin")
			.header("Origin", "null")
			.param("kind", "PAGE")
			.param("id", this.pageId.toString())
			.param("useful", "no")
			.exchange()
			.getResponse();
		assertThat(sameSite.getStatus()).isEqualTo(303);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from feedback where target_id = ?", Long.class, this.pageId);
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(path).exchange().getResponse();
	}

	private MockHttpServletResponse post(String path, Map<String, String> params) {
		return this.mvc.post().uri(path).with((request) -> {
			params.forEach(request::addParameter);
			return request;
		}).exchange().getResponse();
	}

}
