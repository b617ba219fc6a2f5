package org.migrantportal.content.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins set each country's editorial rules: whether four eyes are required to publish.
 */
@Controller
class SettingsAdminController {

	private final FourEyesSettings editing;

	SettingsAdminController(FourEyesSettings editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/settings")
	String show(Model model) {
		Map<CountryScope, Boolean> fourEyes = new LinkedHashMap<>();
		for (CountryScope country : CountryScope.values()) {
			fourEyes.put(country, this.editing.isRequired(country));
		}
		model.addAttribute("fourEyes", fourEyes);
		return "admin/content/settings";
	}

	@PostMapping("/admin/settings")
	String update(@RequestParam CountryScope country, @RequestParam boolean fourEyes, Actor actor,
			RedirectAttributes redirect) {
		this.editing.setRequired(actor, country, fourEyes);
		redirect.addFlashAttribute("flash", "content.flash.settings-saved");
		return "redirect:/admin/settings";
	}

}
