package org.migrantportal.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.TestClockConfiguration;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestContextManager;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run without demo data, as on a real database server: the directory shows only what
 * the sources give, even though the database holds the sample phones, hours and places an
 * earlier demo run imported, and no banner.
 */
@SpringBootTest(properties = "portal.demo-data=false")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClockConfiguration.class)
class DemoDataOffTests {

	/**
	 * The shared test context (demo data on) starts first, whatever order the classes run
	 * in: on a fresh database it is the one that imports the initial data, with the
	 * samples the other tests rely on; this class then checks they stay hidden.
	 */
	@BeforeAll
	static void defaultContextImportsTheInitialDataFirst() throws Exception {
		new TestContextManager(SharedContext.class).getTestContext().getApplicationContext();
	}

	@PortalWebTest
	static class SharedContext {

	}

	/** The sample-data notices of the directory and the banner, in every language. */
	private static final List<String> SAMPLE_WORDS = List.of("000 000", "Sample data", "sample", "ნიმუშ", "Օրինակային",
			"(օրինակ)", "Demo data", "სადემონსტრაციო", "Ցուցադրական");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theDirectoryAndEveryServicePageShowNoSampleTextOrNumber() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			Document list = get("/" + locale + "/services");
			assertNoSample(list, "/" + locale + "/services");
			List<String> services = new ArrayList<>(list.select(".services h2 a").eachAttr("href"));
			assertThat(services).as(locale).isNotEmpty();
			for (String path : services) {
				Document page = get(path);
				assertNoSample(page, path);
				assertThat(page.select(".phones a[href^=tel:]").eachAttr("href")).as(path)
					.noneMatch((href) -> href.contains("000000"));
			}
		}
	}

	@Test
	void theStateFundForVictimsOfTraffickingDoesNotSayFeesMayApply() throws Exception {
		Document page = get("/en/services/state-fund-for-victims-of-trafficking");
		assertThat(page.text()).contains("Fee unknown").doesNotContain("Fees may apply");
		assertThat(get("/ka/services/trefikingis-msxverplta-fondi").text()).contains("საფასური უცნობია");
		assertThat(get("/hy/services/trafikingi-zoherin-petakan-himnadram").text())
			.contains("Վճարի մասին տեղեկություն չկա");
	}

	private static void assertNoSample(Document page, String path) {
		assertThat(page.select(".sample, .hours-sample, .demo-banner")).as(path).isEmpty();
		assertThat(page.text()).as(path).doesNotContain(SAMPLE_WORDS);
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
