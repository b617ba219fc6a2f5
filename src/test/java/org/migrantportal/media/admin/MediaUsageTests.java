package org.migrantportal.media.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Where is this file used": the file's page lists the pages whose text references it and
 * the news items that have it as cover, and a file in use goes to the trash only after
 * the editor has seen that list and confirmed.
 */
@PortalWebTest
@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
class MediaUsageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private MediaTestSupport media;

	private ContentFixtures content;

	private final List<Long> pages = new ArrayList<>();

	private final List<Long> news = new ArrayList<>();

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
		this.content = new ContentFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.pages.forEach(this.content::remove);
		this.news.forEach(this.content::removeNews);
	}

	@Test
	void theFilesPageListsThePagesAndNewsThatShowIt() {
		long photo = this.media.published("used.jpg", MediaFixtures.jpeg(60, 40));
		long other = this.media.published("other.jpg", MediaFixtures.jpeg(60, 40));
		String title = "გამოყენებული " + System.nanoTime();
		Long page = this.content.publishedPageOnlyIn("ka", title, ContentFixtures.uniqueSlug("used"),
				"![](media:" + photo + ") and ![](media:" + other + "0)");
		this.pages.add(page);
		Long item = this.content.draftNews(CountryScope.GEORGIA, "ka", "სიახლე გარეკანით " + photo,
				ContentFixtures.uniqueSlug("cover"), "ტექსტი");
		this.news.add(item);
		this.jdbc.update("update news_item set cover_media_id = ? where id = ?", photo, item);

		Document shown = document("/admin/media/" + photo);
		assertThat(shown.select(".media-usages li")).hasSize(2);
		assertThat(shown.select(".media-usages a").eachAttr("href"))
			.containsExactlyInAnyOrder("/admin/pages/" + page + "/ka", "/admin/news/" + item + "/ka");
		assertThat(shown.select(".media-usages").text()).contains(title, "სიახლე გარეკანით " + photo);

		Document unused = document("/admin/media/" + other);
		assertThat(unused.select("#no-usages")).as("media:" + other + "0 is another file").hasSize(1);
	}

	@Test
	void aFileInUseWarnsWithItsUsagesBeforeItGoesToTheTrash() {
		long photo = this.media.published("warned.jpg", MediaFixtures.jpeg(60, 40));
		String title = "გვერდი " + System.nanoTime();
		this.pages.add(this.content.publishedPageOnlyIn("ka", title, ContentFixtures.uniqueSlug("warned"),
				"[ბროშურა](media:" + photo + ")"));

		MockHttpServletResponse warning = post("/admin/media/" + photo + "/trash", false);
		assertThat(warning.getStatus()).isEqualTo(200);
		Document page = parse(warning);
		assertThat(page.select("#in-use-warning").text()).isNotBlank();
		assertThat(page.select(".media-usages").text()).contains(title);
		assertThat(page.select("form[action$=/trash] input[name=confirmed]").val()).isEqualTo("true");
		assertThat(this.media.details(photo).trashed()).as("not yet").isFalse();

		MockHttpServletResponse confirmed = post("/admin/media/" + photo + "/trash", true);
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/admin/media");
		assertThat(this.media.details(photo).trashed()).isTrue();
	}

	@Test
	void aFileNobodyUsesGoesToTheTrashAtOnce() {
		long photo = this.media.published("unused.jpg", MediaFixtures.jpeg(60, 40));
		assertThat(post("/admin/media/" + photo + "/trash", false).getRedirectedUrl()).isEqualTo("/admin/media");
		assertThat(this.media.details(photo).trashed()).isTrue();
	}

	private MockHttpServletResponse post(String path, boolean confirmed) {
		var request = this.mvc.post().uri(path).with(csrf());
		if (confirmed) {
			request.param("confirmed", "true");
		}
		return request.exchange().getResponse();
	}

	private Document document(String path) {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return parse(response);
	}

	private static Document parse(MockHttpServletResponse response) {
		try {
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
