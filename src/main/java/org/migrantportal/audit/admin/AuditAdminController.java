package org.migrantportal.audit.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.migrantportal.accounts.PortalUser;
import org.migrantportal.audit.AuditFilter;
import org.migrantportal.audit.AuditService;
import org.migrantportal.shared.Pager;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admins browse the audit trail, filtered by who, what, which kind of record and when;
 * actions and kinds of record are shown in words of the back-office language.
 */
@Controller
class AuditAdminController {

	private static final ZoneId STAFF_ZONE = ZoneId.of("Asia/Tbilisi");

	private final AuditService audit;

	private final AuditWords words;

	AuditAdminController(AuditService audit, AuditWords words) {
		this.audit = audit;
		this.words = words;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam MultiValueMap<String, String> query,
			@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		AuditFilter filter = new AuditFilter(actor, action, subjectType,
				(from != null) ? from.atStartOfDay(STAFF_ZONE).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(STAFF_ZONE).toInstant() : null);
		Page<AuditWords.AuditRow> entries = this.audit.search(user.actor(), filter, page, 50)
			.map((entry) -> this.words.row(entry, locale));
		model.addAttribute("entries", entries);
		model.addAttribute("pager", Pager.of(entries, "/admin/audit", query));
		model.addAttribute("actions", this.words.actionChoices(this.audit.listActions(), locale));
		model.addAttribute("subjectTypes", this.words.subjectChoices(this.audit.listSubjectTypes(), locale));
		model.addAttribute("filter", filter);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("zone", STAFF_ZONE);
		return "admin/audit/list";
	}

}
