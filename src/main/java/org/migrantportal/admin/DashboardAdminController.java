package org.migrantportal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back-office start page: where each kind of work is. */
@Controller
class DashboardAdminController {

	@GetMapping("/admin")
	String show() {
		return "admin/dashboard";
	}

}
