package org.migrantportal.content.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

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
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Insert image or leaflet" on the translation form: a GET form of its own that opens in
 * a new tab (the text being typed is never sent), listing the reviewed files of the
 * editor's scope by title, each with the Markdown to copy.
 */
@PortalWebTest
@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
class MediaChooserTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private MediaTestSupport media;

	private ContentFixtures content;

	private Long page;

	@BeforeEach
	void pageToWriteIn() {
		this.media = new MediaTestSupport(this.context);
		this.content = new ContentFixtures(this.context);
		this.page = this.content.publishedPageOnlyIn("ka", "ტექსტი სურათებით", ContentFixtures.uniqueSlug("chooser"),
				"ტექსტი.");
	}

	@AfterEach
	void remove() {
		this.content.remove(this.page);
	}

	@Test
	void theChooserIsAGetFormOfItsOwnThatOpensInANewTab() {
		Document edit = document("/admin/pages/" + this.page + "/ka");
		Element chooser = edit.selectFirst("form#media-insert");
		assertThat(chooser).isNotNull();
		assertThat(chooser.attr("method")).isEqualTo("get");
		assertThat(chooser.attr("target")).isEqualTo("_blank");
		assertThat(chooser.attr("action")).isEqualTo("/admin/pages/" + this.page + "/ka/media");
		assertThat(chooser.select("input[name=q]")).hasSize(1);
		assertThat(chooser.parents()).noneMatch((parent) -> parent.id().equals("translation-form"));
		assertThat(edit.select("#translation-form textarea")).isNotEmpty();
	}

	@Test
	void listsTheReviewedFilesOfTheEditorsScopeWithTheMarkdownToCopy() {
		String token = "chooser" + System.nanoTime();
		long photo = this.media.published(token + "-photo.jpg", MediaFixtures.jpeg(60, 40));
		this.media.describe(photo, "ka", token + " ფოტო", "ბავშვები სკოლაში");
		long leaflet = this.media.published(token + "-leaflet.pdf", MediaFixtures.pdf());
		long waiting = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), token + "-waiting.jpg",
				MediaFixtures.jpeg(60, 40));
		long armenian = this.media.upload(MediaTestSupport.editor(CountryScope.ARMENIA), token + "-yerevan.jpg",
				MediaFixtures.jpeg(60, 40));
		this.media.describe(armenian, "en", token + "-yerevan", "");

		Document chooser = document("/admin/pages/" + this.page + "/ka/media?q=" + token);
		assertThat(chooser.select("input.snippet").eachAttr("value")).containsExactlyInAnyOrder(
				"![ბავშვები სკოლაში](media:" + photo + ")", "[" + token + "-leaflet](media:" + leaflet + ")");
		assertThat(chooser.html()).doesNotContain("media:" + waiting + ")", "media:" + armenian + ")");
		assertThat(chooser.select("input#media-q").val()).isEqualTo(token);
		assertThat(chooser.select(".media-choice img").eachAttr("alt"))
			.as("a screen reader hears which file a thumbnail is")
			.containsExactly(token + " ფოტო");

		Document none = document("/admin/pages/" + this.page + "/ka/media?q=nothing-" + token);
		assertThat(none.select("#no-media")).hasSize(1);
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
