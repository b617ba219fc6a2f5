package org.migrantportal.accounts.admin;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.migrantportal.accounts.AccountException;
import org.migrantportal.accounts.PortalUser;
import org.migrantportal.accounts.SecondFactorService;
import org.migrantportal.accounts.SecondFactorService.Enrolment;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own second factor: enrolment (a QR code drawn on the server and the secret
 * to type by hand, confirmed with a code), the recovery codes shown once, disabling it
 * and new recovery codes with the password and a code.
 */
@Controller
class SecondFactorAdminController {

	private static final String VIEW = "admin/accounts/second-factor";

	private static final String CODES_VIEW = "admin/accounts/recovery-codes";

	/** The secret being enrolled, sealed, until the code confirms it. */
	static final String ENROLMENT = SecondFactorAdminController.class.getName() + ".ENROLMENT";

	private final SecondFactorService secondFactors;

	SecondFactorAdminController(SecondFactorService secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping("/admin/account/mfa")
	String show(@AuthenticationPrincipal PortalUser user, HttpSession session, Model model) {
		model.addAttribute("form", SecondFactorForm.empty());
		return view(user, session, model, true);
	}

	@PostMapping("/admin/account/mfa")
	String create(@Valid @ModelAttribute("form") SecondFactorForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, HttpSession session, Model model, HttpServletResponse response) {
		if (!result.hasErrors() && session.getAttribute(ENROLMENT) instanceof Enrolment enrolment) {
			try {
				List<String> codes = this.secondFactors.confirmEnrolment(user.actor(), enrolment.sealedSecret(),
						form.code());
				session.removeAttribute(ENROLMENT);
				model.addAttribute("codes", codes);
				model.addAttribute("enrolled", true);
				return CODES_VIEW;
			}
			catch (AccountException ex) {
				result.rejectValue("code", ex.messageKey());
			}
		}
		else if (!result.hasErrors()) {
			result.rejectValue("code", "accounts.mfa.error.enrolment-expired");
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return view(user, session, model, false);
	}

	@PostMapping("/admin/account/mfa/disable")
	String disable(@Valid @ModelAttribute("form") SecondFactorForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, HttpSession session, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors() && passwordAndCode(result, () -> {
			this.secondFactors.disable(user.actor(), form.password(), form.code());
			return List.of();
		}) != null) {
			redirect.addFlashAttribute("flash", "accounts.mfa.disabled");
			return "redirect:/admin/account/mfa";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return view(user, session, model, false);
	}

	@PostMapping("/admin/account/mfa/recovery-codes")
	String regenerate(@Valid @ModelAttribute("form") SecondFactorForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, HttpSession session, Model model, HttpServletResponse response) {
		List<String> codes = result.hasErrors() ? null : passwordAndCode(result,
				() -> this.secondFactors.regenerateRecoveryCodes(user.actor(), form.password(), form.code()));
		if (codes != null) {
			model.addAttribute("codes", codes);
			model.addAttribute("enrolled", false);
			return CODES_VIEW;
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return view(user, session, model, false);
	}

	/**
	 * Runs the action; when the password or the code is wrong, says so and gives null.
	 */
	private static List<String> passwordAndCode(BindingResult result, Supplier<List<String>> action) {
		try {
			return action.get();
		}
		catch (AccountException ex) {
			result.rejectValue("currentPassword".equals(ex.field()) ? "password" : "code", ex.messageKey());
			return null;
		}
	}

	/**
	 * The page: the state of an enrolled factor, or an enrolment (a new secret, or the
	 * one being confirmed after a wrong code, so the app's entry still fits).
	 */
	private String view(PortalUser user, HttpSession session, Model model, boolean freshSecret) {
		boolean enrolled = this.secondFactors.isEnrolled(user.actor());
		model.addAttribute("enrolled", enrolled);
		if (enrolled) {
			model.addAttribute("unusedCodes", this.secondFactors.unusedRecoveryCodes(user.actor()));
			return VIEW;
		}
		Enrolment enrolment = (session.getAttribute(ENROLMENT) instanceof Enrolment pending && !freshSecret) ? pending
				: this.secondFactors.newEnrolment(user.actor());
		session.setAttribute(ENROLMENT, enrolment);
		model.addAttribute("enrolment", enrolment);
		return VIEW;
	}

}
