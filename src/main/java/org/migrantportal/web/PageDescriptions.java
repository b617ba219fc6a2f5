package org.migrantportal.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.shared.Described;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives every public page its {@code <meta name="description">} in the page's language:
 * the summary of what the page shows (a {@link Described} view in the model), else a
 * fixed description of that kind of page ({@code meta.<view name>} in the message
 * bundles, e.g. {@code meta.site.content.news-list}), else the site's description
 * ({@code meta.site}). Error pages get theirs from {@link ErrorPages}.
 */
@Configuration(proxyBeanMethods = false)
class PageDescriptions implements WebMvcConfigurer, HandlerInterceptor {

	/** The model attribute the site layout reads. */
	static final String MODEL_ATTRIBUTE = "metaDescription";

	/** Search engines show about this many characters. */
	private static final int MAX_LENGTH = 200;

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final MessageSource messages;

	PageDescriptions(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.hasView() || modelAndView.getViewName() == null
				|| modelAndView.getModel().containsKey(MODEL_ATTRIBUTE)) {
			return;
		}
		String viewName = modelAndView.getViewName();
		if (!viewName.startsWith("site/") && !viewName.startsWith("error/")) {
			return;
		}
		String description = modelAndView.getModel()
			.values()
			.stream()
			.filter(Described.class::isInstance)
			.map((value) -> ((Described) value).metaDescription())
			.filter((text) -> text != null && !text.isBlank())
			.findFirst()
			.orElseGet(() -> fixed(viewName, request));
		modelAndView.addObject(MODEL_ATTRIBUTE, shorten(description));
	}

	private String fixed(String viewName, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		String key = viewName.startsWith("error/") ? "meta.error" : "meta." + viewName.replace('/', '.');
		String text = this.messages.getMessage(key, null, null, locale);
		return (text != null) ? text : this.messages.getMessage("meta.site", null, locale);
	}

	/** Plain text on one line, cut at a word before {@link #MAX_LENGTH} characters. */
	static String shorten(String text) {
		String plain = WHITESPACE.matcher(TAG.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
		if (plain.length() <= MAX_LENGTH) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', MAX_LENGTH - 1);
		return plain.substring(0, (cut > MAX_LENGTH / 2) ? cut : MAX_LENGTH - 1).strip() + "…";
	}

}
