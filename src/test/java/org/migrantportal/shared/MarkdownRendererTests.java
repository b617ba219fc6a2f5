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
	void aPhoneLinkSurvivesSoAHotlineDialsWithOneTap() {
		Document rendered = Jsoup.parseBodyFragment(MarkdownRenderer.toSafeHtml("""
				Call [116 006](tel:116006) or [+995 (32) 2-25](<tel:+995 (32) 2-25>).
				"""));
		assertThat(rendered.select("a").eachAttr("href")).containsExactly("tel:116006", "tel:+99532225");
		assertThat(rendered.select("a").first().text()).isEqualTo("116 006");
	}

	@Test
	void aMailLinkSurvives() {
		String html = MarkdownRenderer.toSafeHtml("Write to [IOM](mailto:info@example.org)");
		assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("href"))
			.containsExactly("mailto:info@example.org");
	}

	@Test
	void aRelativeLinkToAnotherPageOfThePortalSurvives() {
		String html = MarkdownRenderer.toSafeHtml("See the [Help page](/en/help).");
		assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("href")).containsExactly("/en/help");
	}

	@Test
	void scriptLinksOfEverySchemeAreStripped() {
		String html = MarkdownRenderer.toSafeHtml("""
				[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=)
				[d](vbscript:msgbox(1)) <a href="javascript:alert(1)">e</a> <a href="data:text/html,x">f</a>
				""");
		Document rendered = Jsoup.parseBodyFragment(html);
		assertThat(rendered.select("a").eachAttr("href"))
			.noneMatch((href) -> href.toLowerCase().matches("^\\s*(javascript|data|vbscript):.*"));
	}

	@Test
	void aPhoneLinkWithLettersOrScriptIsNotALink() {
		String html = MarkdownRenderer.toSafeHtml("""
				[a](tel:1-800-FLOWERS) [b](tel:javascript:alert(1)) [c](<tel:116006"onclick="alert(1)>)
				[d](tel:) <a href="tel:116006<script>">e</a>
				""");
		Document rendered = Jsoup.parseBodyFragment(html);
		assertThat(rendered.select("a[href]").eachAttr("href")).isEmpty();
		assertThat(rendered.select("script")).isEmpty();
		assertThat(rendered.text()).contains("a", "b", "c", "d");
	}

	@Test
	void emptyMarkdownIsEmptyHtml() {
		assertThat(MarkdownRenderer.toSafeHtml(null)).isEmpty();
		assertThat(MarkdownRenderer.toSafeHtml("   ")).isEmpty();
	}

	@Test
	void aMediaReferenceIsKeptForTheMediaLibraryToResolve() {
		Document rendered = Jsoup.parseBodyFragment(MarkdownRenderer.toSafeHtml("""
				![ბროშურა](media:123)

				[leaflet](media:45)
				"""));
		assertThat(rendered.select("img").eachAttr("src")).containsExactly("media:123");
		assertThat(rendered.select("img").attr("alt")).isEqualTo("ბროშურა");
		assertThat(rendered.select("a").eachAttr("href")).containsExactly("media:45");
	}

	@Test
	void imagesFromAnywhereButTheMediaLibraryAreDropped() {
		String html = MarkdownRenderer.toSafeHtml("""
				![tracker](https://evil.example/x.png) ![local](/images/x.png) ![proto](//evil.example/x.png)

				![js](javascript:alert(1)) ![data](data:image/png;base64,iVBORw0KGgo=)

				![not a number](media:abc) ![scheme](MEDIA:javascript:alert(1)) ![file](file:///etc/passwd)
				""");
		Document rendered = Jsoup.parseBodyFragment(html);
		assertThat(rendered.select("img")).isEmpty();
		assertThat(rendered.getAllElements()).allSatisfy((element) -> assertThat(element.attributes().asList())
			.noneMatch((attribute) -> attribute.getKey().startsWith("on") || attribute.getValue().contains("evil")
					|| attribute.getValue().contains("javascript") || attribute.getValue().contains("data:")
					|| attribute.getValue().contains("file:")));
	}

	@Test
	void scriptAndDataLinksNeverPassAsMediaReferences() {
		Document rendered = Jsoup.parseBodyFragment(MarkdownRenderer.toSafeHtml(
				"""
						[a](javascript:alert(1)) [b](data:text/html,<script>alert(1)</script>) [c](media:12x) [d](MEDIA:javascript:alert(1))
						"""));
		assertThat(rendered.select("a[href]").eachAttr("href")).as("no link goes anywhere").allMatch(String::isEmpty);
		assertThat(rendered.select("script")).isEmpty();
	}

}
