package org.migrantportal.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.migrantportal.directory.EmergencyBlock;
import org.migrantportal.directory.HelpContactService;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.SecurityHeaders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a URL that Tomcat rejects before the application sees it (an encoded slash or a
 * null byte in the path) with the friendly 404 page, and a request Tomcat cannot read
 * (headers over {@code server.max-http-request-header-size}) with the friendly 400 page,
 * instead of Tomcat's own report page: in the language the path names, else the default
 * one.
 */
@Component
class MalformedRequestPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	private final SiteLocales siteLocales;

	private final SiteProperties siteProperties;

	private final ObjectProvider<HelpContactService> helpContacts;

	MalformedRequestPage(MessageSource messages, SiteLocales siteLocales, SiteProperties siteProperties,
			ObjectProvider<HelpContactService> helpContacts) {
		this.messages = messages;
		this.siteLocales = siteLocales;
		this.siteProperties = siteProperties;
		this.helpContacts = helpContacts;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> replaceErrorReportValve(context.getParent()));
	}

	private void replaceErrorReportValve(Container host) {
		Pipeline pipeline = host.getPipeline();
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof ErrorReportValve) {
				pipeline.removeValve(valve);
			}
		}
		pipeline.addValve(new FriendlyErrorReportValve(this::html));
		if (host instanceof StandardHost standardHost) {
			standardHost.setErrorReportValveClass(FriendlyErrorReportValve.class.getName());
		}
	}

	/**
	 * The page for the status, with the emergency numbers of the language's country as
	 * tel: links; built per error from the numbers kept in memory, so a publish shows
	 * here too.
	 */
	String html(int status, String path) {
		SiteLocale locale = this.siteLocales.findOrDefault(firstSegment(path));
		String error = (status == 404) ? "error.404" : "error.400";
		String title = message(error + ".title", locale);
		return "<!DOCTYPE html><html lang=\"" + locale.tag() + "\" dir=\"" + locale.dir() + "\"><head>"
				+ "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>" + title + " · " + message("site.name", locale) + "</title>"
				+ "<meta name=\"description\" content=\"" + message("meta.error", locale) + "\">"
				+ "<link rel=\"stylesheet\" href=\"/css/site.css\">"
				+ "<script src=\"/js/quick-exit.js\" defer></script></head><body>"
				+ "<aside class=\"quick-exit\" aria-label=\"" + message("site.quick-exit", locale) + "\">"
				+ "<a class=\"quick-exit-link\" href=\""
				+ HtmlUtils.htmlEscape(this.siteProperties.quickExitUrl(), "UTF-8")
				+ "\" rel=\"noreferrer noopener\" data-quick-exit title=\"" + message("site.quick-exit.hint", locale)
				+ "\">" + message("site.quick-exit", locale) + "</a></aside>" + emergencyNumbers(locale)
				+ "<main id=\"main\"><h1>" + title + "</h1><p>" + message(error + ".text", locale)
				+ "</p><p><a href=\"/" + locale.tag() + "/\">" + message("error.home", locale)
				+ "</a></p></main></body></html>";
	}

	private static String firstSegment(String path) {
		if (path == null || !path.startsWith("/")) {
			return "";
		}
		int end = path.indexOf('/', 1);
		return (end < 0) ? path.substring(1) : path.substring(1, end);
	}

	private String emergencyNumbers(SiteLocale locale) {
		HelpContactService service = this.helpContacts.getIfAvailable();
		if (service == null) {
			return "";
		}
		EmergencyBlock block = service.emergencyBlock(locale.toLocale(), null);
		StringBuilder html = new StringBuilder("<aside class=\"emergency-bar\" aria-label=\"")
			.append(message("help.emergency.title", locale))
			.append("\"><span class=\"emergency-call\">")
			.append(message("help.emergency.call", locale))
			.append("</span>");
		for (EmergencyBlock.CountryNumbers country : block.countries()) {
			for (EmergencyBlock.EmergencyNumber number : country.numbers()) {
				html.append("<a class=\"tel\" href=\"")
					.append(HtmlUtils.htmlEscape(number.telUri(), "UTF-8"))
					.append("\"><span>")
					.append(HtmlUtils.htmlEscape(number.number(), "UTF-8"))
					.append("</span> <span class=\"visually-hidden\" lang=\"")
					.append(number.shownLocale().tag())
					.append("\">")
					.append(HtmlUtils.htmlEscape(number.name(), "UTF-8"))
					.append("</span></a>");
			}
		}
		return html.append("</aside>").toString();
	}

	private String message(String key, SiteLocale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale.toLocale()), "UTF-8");
	}

	/** Writes the prepared page for every error that reaches the host without a body. */
	static class FriendlyErrorReportValve extends ErrorReportValve {

		private final BiFunction<Integer, String, String> html;

		FriendlyErrorReportValve(BiFunction<Integer, String, String> html) {
			this.html = html;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			try {
				// a rejected URL is a page that does not exist; headers Tomcat could not
				// read (it says why) are a request not understood
				int answered = (status == 400 && throwable == null) ? 404 : status;
				response.setStatus(answered);
				// Spring Security never saw this request: its headers are written here
				SecurityHeaders.forErrorPages().forEach(response::setHeader);
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(this.html.apply(answered, request.getRequestURI()));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away or the response was committed: nothing more to
				// send
			}
		}

	}

}
