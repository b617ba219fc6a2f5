package org.migrantportal.web.offline;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class OfflineWorkerControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AssetVersion version;

	@Test
	void theWorkerIsServedFromTheRootWithThisReleasesVersionAndAskedForAgainOnEachVisit() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/sw.js").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/javascript");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
		String script = response.getContentAsString();
		assertThat(script).contains("var VERSION = '" + this.version.value() + "';")
			.doesNotContain(OfflineWorkerController.VERSION_MARKER);
		assertThat(this.version.value()).matches("[0-9a-f]{16}");
	}

	@Test
	void everyPublicPageCarriesTheHiddenSavedNoteAndSaveControlInItsLanguage() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			Document page = get("/" + locale + "/help");
			Element note = page.selectFirst("[data-offline-note]");
			assertThat(note).as(locale).isNotNull();
			assertThat(note.hasAttr("hidden")).isTrue();
			assertThat(note.attr("data-offline-saved")).isEmpty();
			assertThat(note.attr("data-template")).contains("{date}");
			Element save = page.selectFirst("[data-offline-save]");
			assertThat(save.hasAttr("hidden")).as("absent without JavaScript").isTrue();
			assertThat(save.attr("data-help")).isEqualTo("/" + locale + "/help");
			assertThat(save.attr("data-worker")).isEqualTo("/sw.js");
			assertThat(page.select("script[src^=/js/offline]")).hasSize(1);
		}
		assertThat(get("/ka/help").selectFirst("[data-offline-note]").attr("data-template"))
			.startsWith("ეს გვერდი შენახულია");
		assertThat(get("/hy/help").selectFirst("[data-offline-note]").attr("data-template"))
			.startsWith("Այս էջը պահված է");
	}

	@Test
	void browseSafelySaysWhatIsKeptOnTheDeviceAndOffersToRemoveIt() throws Exception {
		Document en = get("/en/browse-safely");
		assertThat(en.select(".offline-saved").text()).contains("the last 30 pages you opened")
			.contains("exit button also removes them");
		assertThat(en.select("[data-offline-clear] button").text()).isEqualTo("Remove saved pages");
		assertThat(get("/ka/browse-safely").select("[data-offline-clear] button").text())
			.isEqualTo("შენახული გვერდების წაშლა");
		assertThat(get("/hy/browse-safely").select("[data-offline-clear] button").text())
			.isEqualTo("Ջնջել պահված էջերը");
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
