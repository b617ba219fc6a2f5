package org.migrantportal.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator of a rendered public page: the same bytes give the same weak ETag (a
 * browser's copy is confirmed with a 304), a page that changed by one letter or one byte
 * of length gives another (the browser gets the new page).
 */
class WeakEtagTests {

	private static final String PAGE = "<html lang=\"ka\"><h1>მიგრანტთა რესურს ცენტრები</h1></html>";

	@Test
	void theSamePageKeepsItsValidator() {
		assertThat(PublicPageCaching.weakEtagOf(bytes(PAGE))).isEqualTo(PublicPageCaching.weakEtagOf(bytes(PAGE)))
			.startsWith("W/\"")
			.endsWith("\"");
	}

	@Test
	void aChangedPageGetsAnotherValidator() {
		String etag = PublicPageCaching.weakEtagOf(bytes(PAGE));
		assertThat(PublicPageCaching.weakEtagOf(bytes(PAGE.replace("ცენტრები", "ცენტრებო")))).isNotEqualTo(etag);
		assertThat(PublicPageCaching.weakEtagOf(bytes(PAGE + " "))).isNotEqualTo(etag);
		assertThat(PublicPageCaching.weakEtagOf(new byte[0])).isNotEqualTo(etag);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
