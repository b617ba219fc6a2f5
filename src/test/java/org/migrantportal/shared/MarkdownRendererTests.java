package org.migrantportal.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	@Test
	void rendersHeadingsListsAndTables() {
		String html = MarkdownRenderer.toSafeHtml("""
				## შრომითი მიგრაცია

				- პირველი
				- მეორე

				| a | b |
				|---|---|
				| 1 | 2 |
				""");
		assertThat(html).contains("<h2>შრომითი მიგრაცია</h2>", "<li>პირველი</li>", "<table>", "<td>1</td>");
	}

	@Test
	void stripsScriptsEventHandlersAndJavascriptLinks() {
		String html = MarkdownRenderer.toSafeHtml("""
				Hello <script>alert('x')</script>

				<img src="x" onerror="alert(1)">

				[click](javascript:alert(1)) <a href="#" onclick="steal()">a</a>

				<iframe src="https://evil.example"></iframe>
				""");
		Document rendered = Jsoup.parseBodyFragment(html);
		assertThat(rendered.select("script, img, iframe")).isEmpty();
		assertThat(rendered.getAllElements()).allSatisfy((element) -> assertThat(element.attributes().asList())
			.noneMatch((attribute) -> attribute.getKey().startsWith("on")));
		assertThat(rendered.select("a").eachAttr("href")).noneMatch((href) -> href.contains("javascript"));
		assertThat(rendered.text()).as("raw HTML is shown as text, harmless").contains("<script>alert('x')</script>");
	}

	@Test
	void linksNeitherLeakTheReferrerNorGiveAccessToThePage() {
		String html = MarkdownRenderer.toSafeHtml("[IOM](https://www.iom.int/)");
		assertThat(html).contains("href=\"https://www.iom.int/\"").contains("noopener").contains("noreferrer");
	}

	@Test
	void emptyMarkdownIsEmptyHtml() {
		assertThat(MarkdownRenderer.toSafeHtml(null)).isEmpty();
		assertThat(MarkdownRenderer.toSafeHtml("   ")).isEmpty();
	}

}
