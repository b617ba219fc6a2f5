package org.migrantportal.media.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", List.of(MediaKind.values()));
		model.addAttribute("files", this.editing.list(actor, new MediaFilter(q, kind), page, uiLocale()));
		return "admin/media/list";
	}

	@PostMapping(BASE)
	String create(@RequestParam(required = false) MultipartFile file, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
			long id = this.library.upload(actor, (file != null) ? file.getOriginalFilename() : null, bytes, uiLocale());
			redirect.addFlashAttribute("flash", "media.flash.uploaded");
			return "redirect:" + BASE + "/" + id;
		}
		catch (UploadRejectedException ex) {
			model.addAttribute("uploadError", ex.messageKey());
			model.addAttribute("uploadArguments", ex.arguments());
			// a file the virus scanner could not check may be fine: try again later
			response.setStatus((ex instanceof VirusScanUnavailableException) ? HttpStatus.SERVICE_UNAVAILABLE.value()
					: HttpStatus.BAD_REQUEST.value());
			return list(null, null, 0, actor, model);
		}
		catch (MediaStorageException ex) {
			// one line with the storage's own answer (no stack trace: an outage, not a
			// bug); the editor learns that nothing was stored
			logger.warn("Upload not stored: {} ({})", ex.getMessage(),
					(ex.getCause() != null) ? ex.getCause().getMessage() : "no cause given");
			model.addAttribute("uploadError", "media.error.storage-unavailable");
			model.addAttribute("uploadArguments", new Object[0]);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return list(null, null, 0, actor, model);
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
