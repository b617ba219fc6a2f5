package org.migrantportal.search.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.search.SearchSynonyms;
import org.migrantportal.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins edit the search synonyms: one group of equivalent terms per line, in any
 * language; a rejected list comes back as typed. A request without the list at all is a
 * bad request, never an empty list that wipes every group.
 */
@Controller
class SynonymAdminController {

	private final SearchSynonyms synonyms;

	SynonymAdminController(SearchSynonyms synonyms) {
		this.synonyms = synonyms;
	}

	@GetMapping("/admin/search/synonyms")
	String form(Actor actor, Model model) {
		model.addAttribute("text", this.synonyms.asText(actor));
		return "admin/search/synonyms";
	}

	@PostMapping("/admin/search/synonyms")
	String save(@RequestParam String text, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			int groups = this.synonyms.replaceAll(actor, text);
			redirect.addFlashAttribute("flash", "search.synonyms.saved");
			redirect.addFlashAttribute("flashArgument", groups);
			return "redirect:/admin/search/synonyms";
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("text", text);
			model.addAttribute("error", ex.getMessage());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "admin/search/synonyms";
		}
	}

}
