package org.migrantportal.content.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files of the media library in a page's text, as visitors get them: the image at its
 * public URL with its smaller copies, its size and the alt text of the visitor's
 * language; a leaflet link with its type, size and language; nothing once the file is in
 * the trash and its new alt text once changed (the page cache, on here, drops the page),
 * and nothing before it is reviewed.
 */
@PortalWebTest
@TestPropertySource(properties = "portal.page-cache.enabled=true")
class MediaInPagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private ContentFixtures content;

	private MediaTestSupport media;

	private final List<Long> pages = new ArrayList<>();

	@BeforeEach
	void support() {
		this.content = new ContentFixtures(this.context);
		this.media = new MediaTestSupport(this.context);
	}

	@AfterEach
	void remove() {
		this.pages.forEach(this.content::remove);
	}

	@Test
	void anImageShowsWithItsSizesAndTheAltTextOfTheVisitorsLanguage() {
		long photo = this.media.published("batumi.jpg", MediaFixtures.jpeg(1600, 1000));
		this.media.describe(photo, "ka", "ბათუმი", "ბათუმის სანაპირო მზიან დღეს");
		this.media.describe(photo, "hy", "Բաթում", "Բաթումի ծովափը արևոտ օրով");
		String slug = page("ka", "სანაპირო", "ნახეთ:\n\n![](media:" + photo + ")\n\nდასასრული.");

		Element georgian = image("/ka/pages/" + slug);
		assertThat(georgian.attr("src")).isEqualTo(this.media.publicPath(photo));
		assertThat(georgian.attr("srcset")).contains("-w480-", " 480w", "-w1024-", " 1024w", " 1600w");
		assertThat(georgian.attr("sizes")).isNotBlank();
		assertThat(georgian.attr("width")).isEqualTo("1600");
		assertThat(georgian.attr("height")).isEqualTo("1000");
		assertThat(georgian.attr("loading")).isEqualTo("lazy");
		assertThat(georgian.attr("alt")).isEqualTo("ბათუმის სანაპირო მზიან დღეს");

		Element armenian = image("/hy/pages/" + slug);
		assertThat(armenian.attr("alt")).as("the page falls back to Georgian, the alt text does not")
			.isEqualTo("Բաթումի ծովափը արևոտ օրով");
		assertThat(armenian.attr("lang")).isEqualTo("hy");

		Element english = image("/en/pages/" + slug);
		assertThat(english.attr("alt")).as("no English alt text: the next language of the fallback chain")
			.isIn("ბათუმის სანაპირო მზიან დღეს", "Բաթումի ծովափը արևոտ օրով");
		assertThat(english.attr("lang")).isIn("ka", "hy");
	}

	@Test
	void aFileMovedToTheTrashLeavesThePageAtOnce() {
		long photo = this.media.published("gone.jpg", MediaFixtures.jpeg(600, 400));
		String slug = page("ka", "გვერდი სურათით", "![](media:" + photo + ")");
		assertThat(document("/ka/pages/" + slug).select("article img")).hasSize(1);
		assertThat(cacheOf("/ka/pages/" + slug)).as("the page is kept").isEqualTo("HIT");

		this.media.moveToTrash(photo);

		Document after = document("/ka/pages/" + slug);
		assertThat(after.select("article img")).isEmpty();
		assertThat(after.html()).doesNotContain("media:" + photo);
	}

	@Test
	void aChangedAltTextShowsAtOnce() {
		long photo = this.media.published("river.jpg", MediaFixtures.jpeg(600, 400));
		this.media.describe(photo, "ka", "მტკვარი", "მტკვარი ზამთარში");
		String slug = page("ka", "მდინარე", "![](media:" + photo + ")");
		assertThat(image("/ka/pages/" + slug).attr("alt")).isEqualTo("მტკვარი ზამთარში");
		assertThat(cacheOf("/ka/pages/" + slug)).as("the page is kept").isEqualTo("HIT");

		this.media.describe(photo, "ka", "მტკვარი", "მტკვარი გაზაფხულზე, თბილისში");

		assertThat(image("/ka/pages/" + slug).attr("alt")).as("the cached page was dropped")
			.isEqualTo("მტკვარი გაზაფხულზე, თბილისში");
	}

	@Test
	void aFileNotYetReviewedShowsNothing() {
		long photo = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "draft.jpg",
				MediaFixtures.jpeg(600, 400));
		String slug = page("ka", "გვერდი", "ტექსტი ![draft](media:" + photo + ") და [ბროშურა](media:" + photo + ")");
		Document page = document("/ka/pages/" + slug);
		assertThat(page.select("article img")).isEmpty();
		assertThat(page.select("article a[href*=media]")).isEmpty();
		assertThat(page.select("article").text()).contains("ტექსტი", "ბროშურა");
	}

	@Test
	void aLeafletLinkNamesItsTypeSizeAndLanguage() {
		long leaflet = this.media.published("your-rights.pdf", MediaFixtures.pdf());
		String slug = page("ka", "ბროშურა", "წაიკითხეთ [თქვენი უფლებები](media:" + leaflet + ").");
		Document page = document("/ka/pages/" + slug);
		Element link = page.selectFirst("article a:contains(თქვენი უფლებები)");
		assertThat(link).isNotNull();
		assertThat(link.attr("href")).isEqualTo(this.media.publicPath(leaflet));
		assertThat(page.select("article .media-facts").text()).startsWith("(PDF, ")
			.contains("კბ")
			.as("uploaded from an English back-office")
			.contains("English");
	}

	private String page(String locale, String title, String markdown) {
		String slug = ContentFixtures.uniqueSlug("media-page");
		this.pages.add(this.content.publishedPageOnlyIn(locale, title, slug, markdown));
		return slug;
	}

	private String cacheOf(String path) {
		return this.mvc.get().uri(path).exchange().getResponse().getHeader("X-Cache");
	}

	private Element image(String path) {
		Document page = document(path);
		assertThat(page.select("article img")).as(path).hasSize(1);
		return page.selectFirst("article img");
	}

	private Document document(String path) {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		try {
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
