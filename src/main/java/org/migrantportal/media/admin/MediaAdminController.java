package org.migrantportal.media.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.media.MediaEditConflictException;
import org.migrantportal.media.MediaEditingService;
import org.migrantportal.media.MediaFilter;
import org.migrantportal.media.MediaKind;
import org.migrantportal.media.MediaLibrary;
import org.migrantportal.media.MediaStorageException;
import org.migrantportal.media.MediaText;
import org.migrantportal.media.MediaUsageService;
import org.migrantportal.media.UploadRejectedException;
import org.migrantportal.media.VirusScanUnavailableException;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library's list (newest first, by title and type), the upload form and a
 * file's page with its words in every language. A refused upload comes back to the list
 * with its reason and status 400, one the storage or the virus scanner could not take
 * with status 503; words saved over someone else's get status 409.
 */
@Controller
class MediaAdminController {

	private static final Logger logger = LoggerFactory.getLogger(MediaAdminController.class);

	static final String BASE = "/admin/media";

	private final MediaLibrary library;

	private final MediaEditingService editing;

	private final SiteLocales siteLocales;

	private final MediaUsageService usages;

	MediaAdminController(MediaLibrary library, MediaEditingService editing, SiteLocales siteLocales,
			MediaUsageService usages) {
		this.usages = usages;
		this.library = library;
		this.editing = editing;
		this.siteLocales = siteLocales;
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) MediaKind kind,
			@RequestParam(required = false) CountryScope country, @RequestParam(required = false) String language,
			@RequestParam(defaultValue = "false") boolean unused, @RequestParam(defaultValue = "0") int page,
			Actor actor, Model model) {
		String known = this.siteLocales.find((language != null) ? language : "").map(SiteLocale::tag).orElse(null);
		MediaFilter filter = new MediaFilter(q, kind, country, known, unused);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", List.of(MediaKind.values()));
		model.addAttribute("countries", List.of(CountryScope.values()));
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("files", this.editing.list(actor, filter, page, uiLocale()));
		return "admin/media/list";
	}

	@PostMapping(BASE)
	String create(@RequestParam(required = false) MultipartFile file, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			long id = this.library.upload(actor, nameOf(file), bytesOf(file), uiLocale());
			redirect.addFlashAttribute("flash", "media.flash.uploaded");
			return "redirect:" + BASE + "/" + id;
		}
		catch (UploadRejectedException | MediaStorageException ex) {
			refused(ex, model, response);
			return list(null, null, null, null, false, 0, actor, model);
		}
	}

	/**
	 * A new version of the file: the same kind, checked like an upload; refused ones come
	 * back to the file's page with the reason.
	 */
	@PostMapping(BASE + "/{id}/file")
	String replace(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			boolean stillPublic = this.library.replace(actor, id, nameOf(file), bytesOf(file));
			redirect.addFlashAttribute("flash",
					stillPublic ? "media.flash.replaced" : "media.flash.replaced-in-review");
			return "redirect:" + BASE + "/" + id;
		}
		catch (UploadRejectedException | MediaStorageException ex) {
			refused(ex, model, response);
			return show(id, actor, model);
		}
	}

	@PostMapping(BASE + "/{id}/language")
	String changeLanguage(@PathVariable long id, @RequestParam(defaultValue = "") String language, Actor actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.editing.changeDocumentLanguage(actor, id, language);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("flashError", "media.error.language");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(id, actor, model);
		}
		redirect.addFlashAttribute("flash", "media.flash.language-saved");
		return "redirect:" + BASE + "/" + id;
	}

	/**
	 * Tells the editor why nothing was stored: a refused file (400), a file the virus
	 * scanner could not check, which may be fine (503: try again later), or a storage
	 * that cannot be reached (503, with one log line naming the storage's own answer and
	 * no stack trace: an outage, not a bug).
	 */
	private static void refused(RuntimeException ex, Model model, HttpServletResponse response) {
		if (ex instanceof UploadRejectedException rejected) {
			model.addAttribute("uploadError", rejected.messageKey());
			model.addAttribute("uploadArguments", rejected.arguments());
			response.setStatus((ex instanceof VirusScanUnavailableException) ? HttpStatus.SERVICE_UNAVAILABLE.value()
					: HttpStatus.BAD_REQUEST.value());
			return;
		}
		logger.warn("Upload not stored: {} ({})", ex.getMessage(),
				(ex.getCause() != null) ? ex.getCause().getMessage() : "no cause given");
		model.addAttribute("uploadError", "media.error.storage-unavailable");
		model.addAttribute("uploadArguments", new Object[0]);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	private static String nameOf(MultipartFile file) {
		return (file != null) ? file.getOriginalFilename() : null;
	}

	private static byte[] bytesOf(MultipartFile file) {
		try {
			return (file != null) ? file.getBytes() : new byte[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("file", this.editing.get(actor, id));
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("canReview", actor.hasRole(StaffRole.REVIEWER));
		model.addAttribute("usages", this.usages.usagesOf(actor, id));
		return "admin/media/show";
	}

	@PostMapping(BASE + "/{id}/texts/{locale}")
	String updateText(@PathVariable long id, @PathVariable String locale, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String altText, @RequestParam(defaultValue = "") String caption,
			@RequestParam long version, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		MediaText text = new MediaText(title, altText, caption);
		if (!text.fits()) {
			model.addAttribute("flashError", "media.error.text-too-long");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(id, actor, model);
		}
		try {
			this.editing.updateText(actor, id, locale, text, version);
		}
		catch (MediaEditConflictException ex) {
			model.addAttribute("flashError", "media.error.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(id, actor, model);
		}
		redirect.addFlashAttribute("flash", "media.flash.saved");
		return "redirect:" + BASE + "/" + id;
	}

	private static String uiLocale() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

}
