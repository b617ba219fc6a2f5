package org.migrantportal.directory.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.migrantportal.directory.HsdsExchange;
import org.migrantportal.directory.HsdsImportException;
import org.migrantportal.directory.HsdsImportResult;
import org.migrantportal.directory.HsdsProblem;
import org.migrantportal.shared.Actor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins download the referral directory as Open Referral HSDS 3.0 JSON and upload such a
 * file back; a file with any problem is shown again with every problem and where it is,
 * and nothing is changed.
 */
@Controller
class HsdsAdminController {

	private final HsdsExchange exchange;

	HsdsAdminController(HsdsExchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/admin/hsds")
	ModelAndView show() {
		return page(List.of(), HttpStatus.OK);
	}

	@GetMapping("/admin/hsds/export")
	ResponseEntity<byte[]> export(Actor actor) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("migrant-portal-hsds.json").build().toString())
			.body(this.exchange.export(actor).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/admin/hsds/import")
	ModelAndView importFile(@RequestParam("file") MultipartFile file, Actor actor, RedirectAttributes redirect)
			throws IOException {
		if (file.getSize() > HsdsExchange.MAX_IMPORT_BYTES) {
			throw new MaxUploadSizeExceededException(HsdsExchange.MAX_IMPORT_BYTES);
		}
		try {
			HsdsImportResult result = this.exchange.importFile(actor, file.getBytes());
			redirect.addFlashAttribute("flash", "hsds.imported");
			redirect.addFlashAttribute("flashArgument", result.created() + result.updated());
			return new ModelAndView("redirect:/admin/hsds");
		}
		catch (HsdsImportException ex) {
			return page(ex.problems(), HttpStatus.BAD_REQUEST);
		}
		catch (DataIntegrityViolationException ex) {
			return page(List.of(new HsdsProblem("", "hsds.error.conflict")), HttpStatus.BAD_REQUEST);
		}
	}

	private static ModelAndView page(List<HsdsProblem> problems, HttpStatus status) {
		ModelAndView page = new ModelAndView("admin/directory/hsds");
		page.addObject("problems", problems);
		page.addObject("maxMegabytes", HsdsExchange.MAX_IMPORT_BYTES / (1024 * 1024));
		page.setStatus(status);
		return page;
	}

}
