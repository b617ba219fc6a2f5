package org.migrantportal.media.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Media files on the public site: only reviewed files outside the trash, cached for a
 * year under a URL that names their content, with their smaller copies; anything else is
 * the 404 page.
 */
@PortalWebTest
class MediaControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private MediaTestSupport media;

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
	}

	@Test
	void reviewedFileIsServedForEverWithItsTypeAndAStrongEtag() {
		byte[] pdf = MediaFixtures.pdf();
		long id = this.media.published("Leaflet: your rights.pdf", pdf);
		String path = this.media.publicPath(id);
		assertThat(path).matches("/media/" + id + "/[0-9a-f]{12}-leaflet-your-rights\\.pdf");

		MockHttpServletResponse response = get(path, null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("inline; filename=\"" + path.substring(path.lastIndexOf('/') + 1) + "\"");
		String etag = response.getHeader("ETag");
		assertThat(etag).matches("\"[0-9a-f]{64}\"");

		MockHttpServletResponse again = get(path, etag);
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
	}

	@Test
	void theWebpCopiesAreServedAtTheFilesAddressesWithTheirOwnExtension() throws IOException {
		long id = this.media.published("valley.jpg", MediaFixtures.jpeg(1600, 900));
		var details = this.media.details(id);
		String webp = details.path().replaceFirst("\\.jpg$", ".webp");
		MockHttpServletResponse full = get(webp, null);
		assertThat(full.getStatus()).isEqualTo(200);
		assertThat(full.getContentType()).isEqualTo("image/webp");
		assertThat(full.getHeader("Cache-Control")).contains("immutable");
		assertThat(ImageIO.read(new ByteArrayInputStream(full.getContentAsByteArray())).getWidth()).isEqualTo(1600);
		assertThat(full.getHeader("ETag")).isNotEqualTo(get(details.path(), null).getHeader("ETag"));

		MockHttpServletResponse small = get(details.variants().get(0).path().replaceFirst("\\.jpg$", ".webp"), null);
		assertThat(small.getStatus()).isEqualTo(200);
		assertThat(ImageIO.read(new ByteArrayInputStream(small.getContentAsByteArray())).getWidth()).isEqualTo(480);

		long document = this.media.published("leaflet-webp.pdf", MediaFixtures.pdf());
		assertThat(get(this.media.details(document).path().replaceFirst("\\.pdf$", ".webp"), null).getStatus())
			.as("a document has no WebP copy")
			.isEqualTo(404);
	}

	@Test
	void smallerCopiesHaveTheirOwnUrls() throws IOException {
		long id = this.media.published("river.jpg", MediaFixtures.jpeg(1600, 900));
		var details = this.media.details(id);
		assertThat(details.variants()).extracting((variant) -> variant.width()).containsExactly(480, 1024);
		MockHttpServletResponse small = get(details.variants().get(0).path(), null);
		assertThat(small.getStatus()).isEqualTo(200);
		assertThat(small.getContentType()).isEqualTo("image/jpeg");
		assertThat(ImageIO.read(new ByteArrayInputStream(small.getContentAsByteArray())).getWidth()).isEqualTo(480);
		assertThat(small.getHeader("ETag")).isNotEqualTo(get(details.path(), null).getHeader("ETag"));
		assertThat(get(details.path().replace("-river", "-w640-river"), null).getStatus()).isEqualTo(404);
	}

	@Test
	void unreviewedTrashedUnknownAndOutdatedUrlsAreNotFound() {
		long unreviewed = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "draft.png",
				MediaFixtures.png(20, 20));
		assertThat(get(this.media.details(unreviewed).path(), null).getStatus()).isEqualTo(404);

		long id = this.media.published("map.png", MediaFixtures.png(20, 20));
		String path = this.media.publicPath(id);
		assertThat(get(path, null).getStatus()).isEqualTo(200);
		assertThat(get(path.replace(".png", ".jpg"), null).getStatus()).isEqualTo(404);
		String otherHash = path.replaceFirst("/[0-9a-f]{12}-", "/000000000000-");
		assertThat(get(otherHash, null).getStatus()).isEqualTo(404);
		assertThat(get("/media/999999999/000000000000-x.png", null).getStatus()).isEqualTo(404);

		this.context.getBean(org.migrantportal.media.MediaEditingService.class)
			.moveToTrash(MediaTestSupport.editor(CountryScope.GEORGIA), id);
		assertThat(get(path, null).getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse get(String path, String ifNoneMatch) {
		var request = this.mvc.get().uri(path);
		if (ifNoneMatch != null) {
			request = request.header("If-None-Match", ifNoneMatch);
		}
		return request.exchange().getResponse();
	}

}
