package org.migrantportal.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TextDirection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Media references as a reader sees them: the file's public URL with its smaller copies,
 * its size and its alt text in the reader's language; a leaflet link with its facts;
 * nothing at all for a file the public may not see.
 */
class MediaLinksTests {

	private static final SiteLocale KA = new SiteLocale("ka", "ქართული", TextDirection.LTR);

	private static final SiteLocale HY = new SiteLocale("hy", "Հայերեն", TextDirection.LTR);

	private final Map<Long, EmbeddedMedia> files = new HashMap<>();

	private final MediaEmbeds library = new MediaEmbeds() {
		@Override
		public Map<Long, EmbeddedMedia> findPublic(Collection<Long> ids, SiteLocale reader) {
			Map<Long, EmbeddedMedia> found = new HashMap<>();
			ids.stream()
				.filter(MediaLinksTests.this.files::containsKey)
				.forEach((id) -> found.put(id, withAlt(MediaLinksTests.this.files.get(id), reader)));
			return found;
		}
	};

	@Test
	void anImageShowsItsSmallerCopiesItsSizeAndTheReadersAltText() {
		this.files.put(7L, photo(7));
		String stored = MarkdownRenderer.toSafeHtml("![](media:7)");

		Element georgian = image(MarkdownRenderer.withMedia(stored, KA, this.library));
		assertThat(georgian.attr("src")).isEqualTo("/media/7/0123456789ab-photo.jpg");
		assertThat(georgian.attr("srcset")).isEqualTo("/media/7/0123456789ab-w480-photo.jpg 480w, "
				+ "/media/7/0123456789ab-w1024-photo.jpg 1024w, /media/7/0123456789ab-photo.jpg 1600w");
		assertThat(georgian.attr("sizes")).isEqualTo("(max-width: 40rem) 100vw, 40rem");
		assertThat(georgian.attr("width")).isEqualTo("1600");
		assertThat(georgian.attr("height")).isEqualTo("1200");
		assertThat(georgian.attr("loading")).isEqualTo("lazy");
		assertThat(georgian.attr("decoding")).isEqualTo("async");
		assertThat(georgian.attr("alt")).isEqualTo("ფოტო \"ბათუმი\" <ზღვა>");
		assertThat(georgian.attr("lang")).isEqualTo("ka");

		Element armenian = image(MarkdownRenderer.withMedia(stored, HY, this.library));
		assertThat(armenian.attr("alt")).isEqualTo("Լուսանկար hy");
		assertThat(armenian.attr("lang")).isEqualTo("hy");
	}

	@Test
	void anImageWithWebpCopiesIsOfferedAsWebpToBrowsersThatTakeIt() {
		EmbeddedMedia photo = photo(9);
		String base = "/media/9/0123456789ab";
		this.files.put(9L,
				new EmbeddedMedia(9, true, photo.path(), 1600, 1200, photo.sizes(), "", null, "",
						List.of(new EmbeddedMedia.Size(480, base + "-w480-photo.webp"),
								new EmbeddedMedia.Size(1024, base + "-w1024-photo.webp"),
								new EmbeddedMedia.Size(1600, base + "-photo.webp"))));
		Document shown = Jsoup.parseBodyFragment(
				MarkdownRenderer.withMedia(MarkdownRenderer.toSafeHtml("![](media:9)"), KA, this.library));
		Element source = shown.selectFirst("picture > source[type=image/webp]");
		assertThat(source.attr("srcset")).isEqualTo(
				base + "-w480-photo.webp 480w, " + base + "-w1024-photo.webp 1024w, " + base + "-photo.webp 1600w");
		assertThat(source.attr("sizes")).isEqualTo("(max-width: 40rem) 100vw, 40rem");
		Element image = shown.selectFirst("picture > img");
		assertThat(image.attr("src")).as("the original for the others").isEqualTo(photo.path());
		assertThat(image.attr("alt")).isEqualTo("ფოტო \"ბათუმი\" <ზღვა>");

		this.files.put(10L, new EmbeddedMedia(10, true, "/media/10/0123456789ab-x.jpg", 10, 10, List.of(), "", null, "",
				List.of(new EmbeddedMedia.Size(10, "https://elsewhere.example/x.webp"))));
		assertThat(MarkdownRenderer.withMedia(MarkdownRenderer.toSafeHtml("![](media:10)"), KA, this.library))
			.as("a copy outside the portal's own media route")
			.doesNotContain("elsewhere")
			.doesNotContain("<img");
	}

	@Test
	void theEditorsWordsAreTheAltTextWhenNoLanguageHasOne() {
		this.files.put(8L, new EmbeddedMedia(8, true, "/media/8/0123456789ab-x.png", 10, 10, List.of(), "", null, ""));
		Element image = image(MarkdownRenderer.withMedia(MarkdownRenderer.toSafeHtml("![ხიდი & მდინარე](media:8)"), KA,
				this.library));
		assertThat(image.attr("alt")).isEqualTo("ხიდი & მდინარე");
		assertThat(image.hasAttr("lang")).isFalse();
	}

	@Test
	void aFileThePublicMayNotSeeShowsNoImageAndALinkOnlyItsWords() {
		String html = MarkdownRenderer.withMedia(
				MarkdownRenderer.toSafeHtml("Before ![gone](media:99) after. [The leaflet](media:98)"), KA,
				this.library);
		Document shown = Jsoup.parseBodyFragment(html);
		assertThat(shown.select("img")).isEmpty();
		assertThat(shown.select("a")).isEmpty();
		assertThat(shown.text()).contains("Before", "after.", "The leaflet").doesNotContain("media:");
	}

	@Test
	void aLeafletLinkNamesItsTypeSizeAndLanguage() {
		this.files.put(45L, new EmbeddedMedia(45, false, "/media/45/0123456789ab-rights.pdf", null, null, List.of(), "",
				null, "PDF, 1,2 მბ, ქართული"));
		Document shown = Jsoup.parseBodyFragment(MarkdownRenderer
			.withMedia(MarkdownRenderer.toSafeHtml("Read [your rights](media:45)."), KA, this.library));
		assertThat(shown.select("a").attr("href")).isEqualTo("/media/45/0123456789ab-rights.pdf");
		assertThat(shown.select("a").attr("rel")).contains("noopener");
		assertThat(shown.select("a").text()).isEqualTo("your rights");
		assertThat(shown.select(".media-facts").text()).isEqualTo("(PDF, 1,2 მბ, ქართული)");
	}

	@Test
	void aFileWithAnAddressOutsideTheMediaRouteIsNotShown() {
		this.files.put(5L, new EmbeddedMedia(5, true, "https://evil.example/x.png", 10, 10, List.of(), "x", KA, ""));
		this.files.put(6L, new EmbeddedMedia(6, true, "javascript:alert(1)//", 10, 10, List.of(), "x", KA, ""));
		String html = MarkdownRenderer.withMedia(MarkdownRenderer.toSafeHtml("![](media:5) ![](media:6) [x](media:6)"),
				KA, this.library);
		assertThat(Jsoup.parseBodyFragment(html).select("img, a")).isEmpty();
		assertThat(html).doesNotContain("evil.example", "javascript");
	}

	@Test
	void textWithoutReferencesIsUntouched() {
		String stored = MarkdownRenderer.toSafeHtml("Plain *text* about media: none.");
		assertThat(MarkdownRenderer.withMedia(stored, KA, MediaEmbeds.NONE)).isEqualTo(stored);
	}

	private static Element image(String html) {
		Document shown = Jsoup.parseBodyFragment(html);
		assertThat(shown.select("img")).hasSize(1);
		return shown.selectFirst("img");
	}

	private static EmbeddedMedia photo(long id) {
		String base = "/media/" + id + "/0123456789ab";
		return new EmbeddedMedia(id, true, base + "-photo.jpg", 1600, 1200,
				List.of(new EmbeddedMedia.Size(480, base + "-w480-photo.jpg"),
						new EmbeddedMedia.Size(1024, base + "-w1024-photo.jpg")),
				"", null, "");
	}

	/** The alt text a library would give this reader. */
	private static EmbeddedMedia withAlt(EmbeddedMedia file, SiteLocale reader) {
		if (file.altLocale() != null || !file.image() || file.id() == 8) {
			return file;
		}
		String alt = reader.tag().equals("ka") ? "ფოტო \"ბათუმი\" <ზღვა>" : "Լուսանկար hy";
		return new EmbeddedMedia(file.id(), true, file.path(), file.width(), file.height(), file.sizes(), alt, reader,
				"", file.webp());
	}

}
