package org.migrantportal.accounts.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.accounts.SecondStep;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login's second step: a code of the authenticator app or a recovery code, asked only
 * of a session whose password step has just succeeded.
 */
@Controller
class SecondStepController {

	private static final String VIEW = "login/second-step";

	private final SecondStep secondStep;

	SecondStepController(SecondStep secondStep) {
		this.secondStep = secondStep;
	}

	@GetMapping("/login/mfa")
	String show(HttpServletRequest request) {
		return this.secondStep.isPending(request) ? VIEW : "redirect:/login";
	}

	@PostMapping("/login/mfa")
	String create(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SecondStep.Outcome outcome = this.secondStep.complete(request, response, code);
		switch (outcome.kind()) {
			case LOGGED_IN:
				return "redirect:" + outcome.redirectUrl();
			case NOT_PENDING:
				return "redirect:/login?expired";
			case THROTTLED:
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", Long.toString(Math.max(1, outcome.retryAfter().toSeconds())));
				model.addAttribute("error", "accounts.mfa.error.too-many");
				model.addAttribute("minutes", Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60));
				return VIEW;
			default:
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("error", "accounts.mfa.error.wrong-code");
				return VIEW;
		}
	}

}
