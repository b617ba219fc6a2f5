package org.migrantportal.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Plain links that share a page's name and address as text, by SMS or a messenger; no
 * script and no request to the messengers until the visitor follows one.
 */
public record ShareLinks(String sms, String whatsApp, String telegram, String viber) {

	static ShareLinks of(String name, String url) {
		String text = encode(name + " " + url);
		return new ShareLinks("sms:?body=" + text, "https://wa.me/?text=" + text,
				"https://t.me/share/url?url=" + encode(url) + "&text=" + encode(name), "viber://forward?text=" + text);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
