package org.migrantportal.media.admin;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.editorial.ReviewQueue;
import org.migrantportal.editorial.WorkItem;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaKinds;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Media files in the one editorial workflow: an upload waits in the reviewers' queue and
 * is not public until a reviewer approves it (not its uploader where four eyes apply);
 * the trash takes it off the public site and restoring brings it back.
 */
@PortalWebTest
class MediaWorkflowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private MediaTestSupport media;

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
	}

	@Test
	void uploadWaitsInTheReviewersQueue() {
		long id = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "queue-photo.png",
				MediaFixtures.png(20, 20));
		Actor reviewer = new Actor(987_654L, "queue-reviewer@test.example", StaffRole.REVIEWER, CountryScope.GEORGIA,
				null, false);
		assertThat(this.context.getBean(ReviewQueue.class).of(reviewer).toReview()).anySatisfy((WorkItem item) -> {
			assertThat(item.kind()).isEqualTo(MediaKinds.MEDIA);
			assertThat(item.id()).isEqualTo(id);
			assertThat(item.editPath()).isEqualTo("/admin/media/" + id);
		});
		Actor armenian = new Actor(987_655L, "queue-reviewer-am@test.example", StaffRole.REVIEWER, CountryScope.ARMENIA,
				null, false);
		assertThat(this.context.getBean(ReviewQueue.class).of(armenian).toReview())
			.noneMatch((item) -> item.kind().equals(MediaKinds.MEDIA) && item.id() == id);
	}

	@Test
	@WithPortalUser(role = StaffRole.REVIEWER, country = CountryScope.GEORGIA)
	void reviewWhenReviewerThenServedPublicly() {
		long id = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "approved.png",
				MediaFixtures.png(20, 20));
		String path = this.media.details(id).path();
		assertThat(get(path).getStatus()).isEqualTo(404);
		assertThat(get("/admin/media/" + id + "/file").getStatus()).as("the back-office preview").isEqualTo(200);
		assertThat(post("/admin/media/" + id + "/review").getResponse().getStatus()).isEqualTo(302);
		assertThat(get(path).getStatus()).isEqualTo(200);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void reviewWhenEditorThenForbidden() {
		long id = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "not-yet.png",
				MediaFixtures.png(20, 20));
		assertThat(post("/admin/media/" + id + "/review").getResponse().getStatus()).isEqualTo(403);
		assertThat(get(this.media.details(id).path()).getStatus()).isEqualTo(404);
	}

	@Test
	@WithPortalUser(role = StaffRole.REVIEWER, country = CountryScope.GEORGIA)
	void reviewWhenFourEyesAndOwnUploadThenRefusedAndNotPublic() {
		FourEyesSettings fourEyes = this.context.getBean(FourEyesSettings.class);
		Actor admin = new Actor(null, "four-eyes-admin@test.example", StaffRole.ADMIN, CountryScope.BOTH, null, false);
		boolean before = fourEyes.isRequired(CountryScope.GEORGIA);
		fourEyes.setRequired(admin, CountryScope.GEORGIA, true);
		try {
			MockHttpServletResponse uploaded = this.mvc.post()
				.uri("/admin/media")
				.multipart()
				.file(new MockMultipartFile("file", "own.png", "image/png", MediaFixtures.png(20, 20)))
				.with(csrf())
				.exchange()
				.getResponse();
			long id = Long.parseLong(uploaded.getRedirectedUrl().substring("/admin/media/".length()));
			assertThat(post("/admin/media/" + id + "/review").getFlashMap().get("flashError"))
				.isEqualTo("editorial.refused.four-eyes");
			assertThat(this.media.details(id).reviewed()).isFalse();
			assertThat(get(this.media.details(id).path()).getStatus()).isEqualTo(404);
		}
		finally {
			fourEyes.setRequired(admin, CountryScope.GEORGIA, before);
		}
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void trashTakesAFileOffThePublicSiteAndRestoringBringsItBack() throws Exception {
		String title = "trash-" + System.nanoTime();
		long id = this.media.published(title + ".png", MediaFixtures.png(20, 20));
		String path = this.media.publicPath(id);
		assertThat(get(path).getStatus()).isEqualTo(200);

		assertThat(post("/admin/media/" + id + "/trash").getResponse().getStatus()).isEqualTo(302);
		assertThat(get(path).getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(get("/admin/trash").getContentAsString(StandardCharsets.UTF_8)).text()).contains(title);
		assertThat(Jsoup.parse(get("/admin/media?q=" + title).getContentAsString(StandardCharsets.UTF_8))
			.select("tr.media-row")).isEmpty();

		assertThat(post("/admin/media/" + id + "/restore").getResponse().getStatus()).isEqualTo(302);
		assertThat(get(path).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse get(String uri) {
		return this.mvc.get().uri(uri).exchange().getResponse();
	}

	private MvcResult post(String uri) {
		return this.mvc.post().uri(uri).with(csrf()).exchange().getMvcResult();
	}

}
