package org.migrantportal.accounts.admin;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.migrantportal.accounts.AccountException;
import org.migrantportal.accounts.PasswordResetService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": the form asking for the e-mail, the same answer whether or not
 * an account has it, and the page of the e-mailed link that sets a new password.
 */
@Controller
class PasswordResetController {

	private static final String FORGOT_VIEW = "login/forgot";

	private static final String RESET_VIEW = "login/reset";

	private static final String INVALID_VIEW = "login/reset-invalid";

	private final PasswordResetService resets;

	PasswordResetController(PasswordResetService resets) {
		this.resets = resets;
	}

	@GetMapping("/login/forgot")
	String newForm(Model model) {
		model.addAttribute("form", ForgotPasswordForm.empty());
		return FORGOT_VIEW;
	}

	@PostMapping("/login/forgot")
	String create(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return FORGOT_VIEW;
		}
		Optional<Duration> wait = this.resets.requestReset(form.email(), request.getRemoteAddr(), locale);
		if (wait.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
			result.rejectValue("email", "accounts.reset.error.too-many");
			return FORGOT_VIEW;
		}
		model.addAttribute("minutes", this.resets.lifetime().toMinutes());
		return "login/forgot-sent";
	}

	@GetMapping("/login/reset")
	String editForm(@RequestParam(name = "token", required = false) String token, Model model,
			HttpServletResponse response) {
		if (!this.resets.isUsable(token)) {
			response.setStatus(HttpStatus.GONE.value());
			return INVALID_VIEW;
		}
		model.addAttribute("form", PasswordResetForm.of(token));
		return RESET_VIEW;
	}

	@PostMapping("/login/reset")
	String update(@Valid @ModelAttribute("form") PasswordResetForm form, BindingResult result,
			HttpServletResponse response) {
		if (!this.resets.isUsable(form.token())) {
			response.setStatus(HttpStatus.GONE.value());
			return INVALID_VIEW;
		}
		if (!result.hasErrors() && !form.repeated()) {
			result.rejectValue("repeatPassword", "accounts.error.passwords-differ");
		}
		if (!result.hasErrors()) {
			try {
				this.resets.reset(form.token(), form.newPassword());
				return "redirect:/login?reset";
			}
			catch (AccountException ex) {
				if (ex.field() == null) {
					response.setStatus(HttpStatus.GONE.value());
					return INVALID_VIEW;
				}
				result.rejectValue("newPassword", ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return RESET_VIEW;
	}

}
