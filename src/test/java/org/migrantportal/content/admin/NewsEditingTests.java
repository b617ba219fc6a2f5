package org.migrantportal.content.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The back-office side of news over HTTP: the trash, the filtered list, and the details
 * (country, date, featured, cover image) that editors change after creating an item.
 */
@PortalWebTest
class NewsEditingTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private AccountFixtures accounts;

	private ContentFixtures content;

	private MediaTestSupport media;

	private final List<Long> created = new ArrayList<>();

	private Long newsId;

	private String slug;

	private LocalDate date;

	@BeforeEach
	void publishedGeorgianNews() {
		this.accounts = new AccountFixtures(this.context);
		this.content = new ContentFixtures(this.context);
		this.media = new MediaTestSupport(this.context);
		this.slug = ContentFixtures.uniqueSlug("shekhvedra");
		this.date = LocalDate.now(this.clock).plusMonths(10);
		this.newsId = this.content.publishedNews(CountryScope.GEORGIA, this.date, true, "ka", "შეხვედრა ბათუმში",
				this.slug);
		this.created.add(this.newsId);
	}

	@AfterEach
	void remove() {
		this.created.forEach(this.content::removeNews);
	}

	@Test
	void newsInTheTrashLeavesTheSiteAndTheFeedUntilRestoredAndOnlyAdminsPurgeIt() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(post(editor, "/admin/news/{id}/trash", Map.of()).getRedirectedUrl()).isEqualTo("/admin/news");
		assertThat(status("/ka/news/" + this.slug)).isEqualTo(404);
		assertThat(publicText("/ka/news/feed.atom")).doesNotContain(this.slug);
		assertThat(publicText("/ka/news")).doesNotContain(this.slug);
		assertThat(publicText("/ka/")).doesNotContain(this.slug);
		assertThat(status("/admin/news/" + this.newsId + "/ka", editor)).as("a trashed item is not editable")
			.isEqualTo(404);

		Document trash = Jsoup.parse(text("/admin/trash", editor));
		assertThat(trash.select("td:contains(შეხვედრა ბათუმში)")).hasSize(1);
		assertThat(trash.select("form[action=/admin/trash/news/" + this.newsId + "/restore]")).hasSize(1);
		assertThat(trash.select("form[action=/admin/trash/news/" + this.newsId + "/purge]"))
			.as("editors do not see the purge button")
			.isEmpty();
		assertThat(post(editor, "/admin/trash/news/{id}/purge", Map.of()).getStatus()).isEqualTo(403);

		assertThat(post(editor, "/admin/trash/news/{id}/restore", Map.of()).getStatus()).isEqualTo(302);
		assertThat(status("/ka/news/" + this.slug)).isEqualTo(200);
		assertThat(publicText("/ka/news/feed.atom")).contains(this.slug);

		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH);
		post(editor, "/admin/news/{id}/trash", Map.of());
		assertThat(post(admin, "/admin/trash/news/{id}/purge", Map.of()).getStatus()).isEqualTo(302);
		assertThat(count("select count(*) from news_item where id = ?")).isZero();
		assertThat(count("select count(*) from news_item_translation where news_item_id = ?")).isZero();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(count("select count(*) from audit_entry where subject_type = 'NEWS' "
					+ "and subject_id = ? and action in ('NEWS_MOVED_TO_TRASH', 'NEWS_RESTORED', 'NEWS_PURGED')"))
				.isEqualTo(4));
	}

	@Test
	void theTrashShowsWhoMovedAnItemThereUntilItIsRestored() throws Exception {
		String email = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpSession editor = BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
		post(editor, "/admin/news/{id}/trash", Map.of());
		Document trash = Jsoup.parse(text("/admin/trash", editor));
		assertThat(trash.select("tr:has(td:contains(შეხვედრა ბათუმში)) td:contains(" + email + ")")).hasSize(1);
		assertThat(count("select count(*) from news_item where id = ? and deleted_by = '" + email + "'")).isOne();
		post(editor, "/admin/trash/news/{id}/restore", Map.of());
		assertThat(count("select count(*) from news_item where id = ? and deleted_by is null")).isOne();
	}

	@Test
	void topicsDoNotGoToTheTrash() {
		Long topicId = this.jdbc.queryForObject("select id from topic where content_key = 'labour-migration'",
				Long.class);
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.BOTH);
		assertThat(this.mvc.post()
			.uri("/admin/topics/{id}/trash", topicId)
			.session(editor)
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(
				this.jdbc.queryForObject("select deleted_at is null from topic where id = ?", Boolean.class, topicId))
			.isTrue();
	}

	@Test
	void editorOfAnotherCountryCanNeitherTrashNorChangeTheItem() {
		MockHttpSession armenian = logIn(StaffRole.EDITOR, CountryScope.ARMENIA);
		assertThat(post(armenian, "/admin/news/{id}/trash", Map.of()).getStatus()).isEqualTo(403);
		assertThat(post(armenian, "/admin/news/{id}/ka/details", details("ARMENIA", "", "false", "", version()))
			.getStatus()).isEqualTo(403);
		assertThat(status("/ka/news/" + this.slug)).isEqualTo(200);
		assertThat(
				this.jdbc.queryForObject("select country_scope from news_item where id = ?", String.class, this.newsId))
			.isEqualTo("GEORGIA");
	}

	@Test
	void georgianEditorCannotMoveAnItemToArmenia() {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(
				post(editor, "/admin/news/{id}/ka/details", details("ARMENIA", "", "true", "", version())).getStatus())
			.isEqualTo(403);
		assertThat(
				this.jdbc.queryForObject("select country_scope from news_item where id = ?", String.class, this.newsId))
			.isEqualTo("GEORGIA");
	}

	@Test
	void listOfNewsFiltersByCountryStateLanguageAndText() {
		String token = ContentFixtures.uniqueSlug("filtri");
		Long armenian = this.content.publishedNews(CountryScope.ARMENIA, this.date, false, "hy",
				"Հանդիպում Երևանում " + token, ContentFixtures.uniqueSlug("handipum"));
		this.created.add(armenian);
		this.jdbc.update("update news_item_translation set title = title || ' ' || ? where news_item_id = ?", token,
				this.newsId);
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH);
		assertThat(titles("/admin/news?text=" + token, admin)).hasSize(2);
		assertThat(titles("/admin/news?country=ARMENIA&text=" + token, admin))
			.containsExactly("Հանդիպում Երևանում " + token);
		assertThat(titles("/admin/news?language=ka&text=" + token, admin)).containsExactly("შეხვედრა ბათუმში " + token);
		assertThat(titles("/admin/news?state=IN_REVIEW&text=" + token, admin)).isEmpty();
		assertThat(titles("/admin/news?state=PUBLISHED&country=GEORGIA&language=ka&text=" + token, admin)).hasSize(1);
		assertThat(status("/admin/news?country=MARS", admin)).isEqualTo(400);
		assertThat(status("/admin/news?state=GONE", admin)).isEqualTo(400);

		MockHttpSession georgian = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(titles("/admin/news?text=" + token, georgian)).as("only the editor's own country")
			.containsExactly("შეხვედრა ბათუმში " + token);
		assertThat(Jsoup.parse(text("/admin/translations?kind=news", admin)).select("tbody th[scope=row]").eachText())
			.as("the translation dashboard lists news too")
			.anyMatch((title) -> title.startsWith("შეხვედრა ბათუმში"));
	}

	@Test
	void changedDetailsShowOnTheSiteAtOnce() {
		long cover = this.media.published("anmi-meeting.jpg", MediaFixtures.jpeg(1200, 800));
		this.media.describe(cover, "ka", "შეხვედრა", "შეხვედრის მონაწილეები ბათუმში");
		this.media.describe(cover, "hy", "Հանդիպում", "Հանդիպման մասնակիցները Բաթումում");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.BOTH);
		Document form = Jsoup.parse(text("/admin/news/" + this.newsId + "/ka", editor));
		assertThat(form.select("form[action$=/details] select[name=country] option[selected]").val())
			.isEqualTo("GEORGIA");
		assertThat(form.select("form[action$=/details] input[name=date]").val()).isEqualTo(this.date.toString());
		LocalDate newDate = this.date.minusDays(3);
		MockHttpServletResponse saved = post(editor, "/admin/news/{id}/ka/details",
				details("BOTH", newDate.toString(), "false", String.valueOf(cover), version()));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/news/" + this.newsId + "/ka");

		Document page = Jsoup.parse(publicText("/ka/news/" + this.slug));
		assertThat(page.select("article time").attr("datetime")).isEqualTo(newDate.toString());
		assertThat(page.select("article img.cover").attr("src")).isEqualTo(this.media.publicPath(cover));
		assertThat(page.select("article img.cover").attr("alt")).isEqualTo("შეხვედრის მონაწილეები ბათუმში");
		assertThat(page.select("article img.cover").attr("srcset")).contains("-w480-", "-w1024-", " 1200w");
		assertThat(Jsoup.parse(publicText("/hy/news/" + this.slug)).select("article img.cover").attr("alt"))
			.as("the alt text in the reader's language, though the news is in Georgian")
			.isEqualTo("Հանդիպման մասնակիցները Բաթումում");
		assertThat(Jsoup.parse(publicText("/ka/news")).select("ul.news img.news-cover").eachAttr("alt"))
			.contains("შეხვედრის მონაწილეები ბათუმში");
		assertThat(this.jdbc.queryForMap("select country_scope, featured, cover_media_id from news_item where id = ?",
				this.newsId))
			.containsEntry("country_scope", "BOTH")
			.containsEntry("featured", false)
			.containsEntry("cover_media_id", cover);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(count("select count(*) from audit_entry where subject_type = 'NEWS' "
					+ "and subject_id = ? and action = 'NEWS_DETAILS_CHANGED'"))
				.isEqualTo(1));
	}

	@Test
	void detailsSavedMeanwhileAnswer409KeepTheEntryAndOverwriteNothing() {
		long first = this.media.published("first.jpg", MediaFixtures.jpeg(40, 30));
		long second = this.media.published("second.jpg", MediaFixtures.jpeg(40, 30));
		MockHttpSession firstEditor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		MockHttpSession secondEditor = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		long loaded = version();
		assertThat(post(firstEditor, "/admin/news/{id}/ka/details",
				details("GEORGIA", this.date.toString(), "false", String.valueOf(first), loaded))
			.getStatus()).isEqualTo(302);
		MockHttpServletResponse conflict = post(secondEditor, "/admin/news/{id}/ka/details",
				details("GEORGIA", this.date.toString(), "true", String.valueOf(second), loaded));
		assertThat(conflict.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(contentOf(conflict));
		assertThat(page.select("form[action$=/details] input[name=coverMediaId]").val()).as("the entry is kept")
			.isEqualTo(String.valueOf(second));
		assertThat(page.select("#stored-details").text()).contains(String.valueOf(first));
		assertThat(page.select("form[action$=/details] input[name=version]").val()).as("the stored version")
			.isEqualTo(String.valueOf(loaded));
		assertThat(
				this.jdbc.queryForObject("select cover_media_id from news_item where id = ?", Long.class, this.newsId))
			.isEqualTo(first);
	}

	@Test
	void aCoverMustBeAnImageOfTheEditorsScopeInTheLibrary() {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		long loaded = version();
		long leaflet = this.media.published("leaflet.pdf", MediaFixtures.pdf());
		long armenian = this.media.upload(MediaTestSupport.editor(CountryScope.ARMENIA), "yerevan.jpg",
				MediaFixtures.jpeg(40, 30));
		long trashed = this.media.published("old.jpg", MediaFixtures.jpeg(40, 30));
		this.media.moveToTrash(trashed);
		Map<String, String> refused = Map.of("a document", String.valueOf(leaflet), "another country's image",
				String.valueOf(armenian), "an image in the trash", String.valueOf(trashed), "no such file", "987654321",
				"not a number", "media/anmi.jpg");
		refused.forEach((what, cover) -> {
			MockHttpServletResponse response = post(editor, "/admin/news/{id}/ka/details",
					details("GEORGIA", this.date.toString(), "true", cover, loaded));
			assertThat(response.getStatus()).as(what).isEqualTo(400);
			Document page = Jsoup.parse(contentOf(response));
			assertThat(page.select("#coverMediaId-error").text()).as(what).isNotBlank();
			assertThat(page.select("form[action$=/details] input[name=coverMediaId]").val()).as(what).isEqualTo(cover);
		});
		assertThat(version()).as("nothing was saved").isEqualTo(loaded);
	}

	@Test
	void theCoverFieldSuggestsTheImagesOfTheEditorsScopeByTitleAndShowsTheStoredOne() {
		long harbour = this.media.published("batumi.jpg", MediaFixtures.jpeg(40, 30));
		this.media.describe(harbour, "ka", "ბათუმის პორტი", "გემები ნავსადგურში");
		long leaflet = this.media.published("leaflet.pdf", MediaFixtures.pdf());
		long armenian = this.media.upload(MediaTestSupport.editor(CountryScope.ARMENIA), "yerevan.jpg",
				MediaFixtures.jpeg(40, 30));
		long trashed = this.media.published("old.jpg", MediaFixtures.jpeg(40, 30));
		this.media.moveToTrash(trashed);
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);

		Document page = Jsoup.parse(text("/admin/news/" + this.newsId + "/ka", editor));
		Element field = page.selectFirst("form[action$=/details] input[name=coverMediaId]");
		Element suggestions = page.getElementById(field.attr("list"));
		assertThat(suggestions).as("the field's suggestions").isNotNull();
		assertThat(suggestions.select("option[value=" + harbour + "]").text()).isEqualTo("ბათუმის პორტი");
		assertThat(suggestions.select("option").eachAttr("value")).as("no document, other country or trash")
			.doesNotContain(String.valueOf(leaflet), String.valueOf(armenian), String.valueOf(trashed));
		assertThat(page.select(".cover-stored")).as("no cover yet").isEmpty();

		assertThat(post(editor, "/admin/news/{id}/ka/details",
				details("GEORGIA", this.date.toString(), "false", String.valueOf(harbour), version()))
			.getStatus()).isEqualTo(302);
		Document saved = Jsoup.parse(text("/admin/news/" + this.newsId + "/ka", editor));
		assertThat(saved.select(".cover-stored").text()).contains("ბათუმის პორტი").contains(String.valueOf(harbour));
		assertThat(saved.select(".cover-stored img").attr("src")).as("its thumbnail").isNotBlank();
		assertThat(Jsoup.parse(text("/admin/news/new", editor)).select("datalist option[value=" + harbour + "]"))
			.as("a new news item's form suggests it too")
			.hasSize(1);
	}

	@Test
	void badDetailsAreAFriendly400AndChangeNothing() {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		long loaded = version();
		Map<String, Map<String, String>> bad = Map.of("coverMediaId",
				details("GEORGIA", "", "true", "https://tracker.example/pixel.gif", loaded), "date",
				details("GEORGIA", "1900-01-01", "true", "", loaded), "country", details("", "", "true", "", loaded));
		bad.forEach((field, form) -> {
			MockHttpServletResponse response = post(editor, "/admin/news/{id}/ka/details", form);
			assertThat(response.getStatus()).as(field).isEqualTo(400);
			assertThat(Jsoup.parse(contentOf(response)).select("#" + field + "-error").text())
				.as(field + " in " + contentOf(response))
				.isNotBlank();
		});
		MockHttpServletResponse unreadable = post(editor, "/admin/news/{id}/ka/details",
				details("GEORGIA", "tomorrow", "true", "", loaded));
		assertThat(unreadable.getStatus()).isEqualTo(400);
		Document shown = Jsoup.parse(contentOf(unreadable));
		assertThat(shown.select("#date-error").text()).as("a date that cannot be read is a form error").isNotBlank();
		assertThat(shown.select("form[action$=/details] input[name=date]").val()).as("the entry is kept")
			.isEqualTo("tomorrow");
		assertThat(version()).as("nothing was saved").isEqualTo(loaded);
		assertThat(
				this.jdbc.queryForObject("select news_date from news_item where id = ?", LocalDate.class, this.newsId))
			.isEqualTo(this.date);
	}

	@Test
	void newNewsItemWithAnUnreadableDateKeepsWhatWasTyped() {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		String title = "ახალი სიახლე " + ContentFixtures.uniqueSlug("t");
		MockHttpServletResponse response = this.mvc.post()
			.uri("/admin/news")
			.session(editor)
			.with(csrf())
			.param("country", "GEORGIA")
			.param("date", "31.02.2026")
			.param("locale", "ka")
			.param("title", title)
			.param("slug", ContentFixtures.uniqueSlug("siakhle"))
			.param("bodyMarkdown", "ტექსტი.")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(contentOf(response));
		assertThat(page.select("#date-error").text()).isNotBlank();
		assertThat(page.select("input[name=title]").val()).isEqualTo(title);
		assertThat(page.select("input[name=date]").val()).isEqualTo("31.02.2026");
		assertThat(this.jdbc.queryForObject("select count(*) from news_item_translation where title = ?", Long.class,
				title))
			.isZero();
	}

	private static Map<String, String> details(String country, String date, String featured, String coverMediaId,
			long version) {
		return Map.of("country", country, "date", date, "featured", featured, "coverMediaId", coverMediaId, "version",
				String.valueOf(version));
	}

	private long version() {
		return this.jdbc.queryForObject("select version from news_item where id = ?", Long.class, this.newsId);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.newsId);
	}

	private List<String> titles(String path, MockHttpSession session) {
		return Jsoup.parse(text(path, session)).select("table.data tbody tr td:first-child a").eachText();
	}

	private MockHttpServletResponse post(MockHttpSession session, String path, Map<String, String> params) {
		var request = this.mvc.post().uri(path, this.newsId).session(session).with(csrf());
		params.forEach((name, value) -> request.param(name, value));
		return request.exchange().getResponse();
	}

	private String text(String path, MockHttpSession session) {
		MockHttpServletResponse response = this.mvc.get().uri(path).session(session).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return contentOf(response);
	}

	private int status(String path, MockHttpSession session) {
		return this.mvc.get().uri(path).session(session).exchange().getResponse().getStatus();
	}

	private int status(String path) {
		return this.mvc.get().uri(path).exchange().getResponse().getStatus();
	}

	private String publicText(String path) {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return contentOf(response);
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockHttpSession logIn(StaffRole role, CountryScope country) {
		return BackOffice.logIn(this.mvc, this.accounts.create(role, country, null), AccountFixtures.PASSWORD);
	}

}
