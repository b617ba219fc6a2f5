package org.migrantportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates carry no user-visible literal text, no inline script or style, and escape by
 * default.
 */
class TemplateConventionTests {

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					assertThat(text.text().strip()).as(template + " <" + element.tagName() + ">").isEmpty();
				}
				for (String attribute : List.of("title", "alt", "aria-label", "placeholder")) {
					assertThat(element.hasAttr(attribute)).as(template + " literal " + attribute).isFalse();
				}
			}
		}
	}

	@Test
	void templatesHaveNoInlineScriptOrStyle() throws IOException {
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			assertThat(document.select("script:not([th:src])")).as(template.toString()).isEmpty();
			assertThat(document.select("style, [style], [th:style]")).as(template.toString()).isEmpty();
			document.getAllElements()
				.forEach((element) -> assertThat(element.attributes().asList()).as(template.toString())
					.noneMatch((attribute) -> attribute.getKey().startsWith("on")));
		}
	}

	@Test
	void unescapedOutputOnlyForFieldsNamedHtml() throws IOException {
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.select("[th:utext]")) {
				assertThat(element.attr("th:utext")).as(template.toString()).matches("\\$\\{[\\w.]+Html}");
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			return files.filter((path) -> path.toString().endsWith(".html")).toList();
		}
	}

}
