package org.migrantportal.tools.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.migrantportal.support.PortalWebTest;
import org.migrantportal.tools.joboffer.JobOfferFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public job-offer check over HTTP: the published questions in the visitor's
 * language, the warning signs the answers show, the contacts that check offers, 400 with
 * the form kept for unreadable answers, and answers that leave no trace (no row, no log
 * line, no cached copy).
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class JobOfferCheckControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private JobOfferFixtures questions;

	@BeforeEach
	void fixtures() {
		this.questions = new JobOfferFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.questions.removeAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void showsThePublishedQuestionsInTheVisitorsLanguageWithYesNoAndDontKnow(String locale) throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/" + locale + "/tools/job-offer-check")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(locale);
		assertThat(page.select("nav.site-nav a[href='/" + locale + "/tools/job-offer-check']")).hasSize(1);
		assertThat(page.select("form.joboffer-form[method=post] fieldset.joboffer-question")).hasSize(8);
		Long fee = this.questions.initial("recruitment-fee");
		assertThat(page.select("input[type=radio][name=q" + fee + "]").eachAttr("value")).containsExactly("yes", "no",
				"dont-know");
		String legend = page.select("input[name=q" + fee + "]").first().closest("fieldset").select("legend").text();
		assertThat(legend).containsPattern(locale.equals("ka") ? "\\p{IsGeorgian}" : "\\p{IsArmenian}");
		assertThat(page.select(".joboffer-question .review-note")).as("marked awaiting native review").isNotEmpty();
		assertThat(page.select(".joboffer-result")).isEmpty();
		assertThat(page.select(".joboffer-contacts").text()).contains(
				locale.equals("ka") ? "IOM-ის მიგრანტთა რესურს ცენტრები" : "ՄՄԿ-ի միգրանտների ռեսուրսային կենտրոններ");
		assertThat(page.select(".joboffer-contacts a.tel")).as("the emergency numbers of the help contacts")
			.isNotEmpty();
	}

	@Test
	void showsTheWarningSignsOfYesAndTheAdviceOfDontKnowInArmenian() throws Exception {
		Map<String, String> answers = allNo();
		answers.put("q" + this.questions.initial("passport-kept"), "yes");
		answers.put("q" + this.questions.initial("tourist-visa"), "dont-know");
		MockHttpServletResponse response = post("hy", answers);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".joboffer-signs li")).hasSize(1);
		assertThat(page.select(".joboffer-signs").text()).contains("Ուրիշը ցանկանում է պահել ձեր անձնագիրը");
		assertThat(page.select(".joboffer-to-check li")).hasSize(1);
		assertThat(page.select(".joboffer-to-check").text()).contains("զբոսաշրջային վիզայով");
		assertThat(page.select(".joboffer-clear")).isEmpty();
		assertThat(page.select("input[name=q" + this.questions.initial("passport-kept") + "][checked]").attr("value"))
			.as("the form stays as answered")
			.isEqualTo("yes");
	}

	@Test
	void allNoShowsNoSignAndSaysThatThisDoesNotProveTheOfferIsSafe() throws Exception {
		MockHttpServletResponse response = post("ka", allNo());
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".joboffer-signs")).isEmpty();
		assertThat(page.select(".joboffer-clear").text()).contains("ეს არ ამტკიცებს, რომ შეთავაზება უსაფრთხოა");
	}

	@Test
	void aMissingOrUnknownAnswerAnswers400InGeorgianWithTheFormKept() throws Exception {
		Map<String, String> answers = allNo();
		Long fee = this.questions.initial("recruitment-fee");
		Long visa = this.questions.initial("tourist-visa");
		answers.remove("q" + fee);
		answers.put("q" + visa, "perhaps");
		answers.put("q" + this.questions.initial("start-in-debt"), "yes");
		MockHttpServletResponse response = post("ka", answers);
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".joboffer-result")).isEmpty();
		assertThat(page.select("#joboffer-form-error").text()).contains("გთხოვთ, უპასუხოთ ყველა კითხვას");
		assertThat(page.select("#q" + fee + "-error").text()).contains("აირჩიეთ");
		assertThat(page.select("#q" + visa + "-error")).hasSize(1);
		assertThat(page.select("input[name=q" + this.questions.initial("start-in-debt") + "][checked]").attr("value"))
			.isEqualTo("yes");
	}

	@Test
	void anAnswerToAQuestionThatIsNotShownAnswers400() throws Exception {
		Map<String, String> answers = allNo();
		answers.put("q999999999", "yes");
		MockHttpServletResponse response = post("hy", answers);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#joboffer-form-error").text())
			.contains("հարցերը փոխվել են");
	}

	@Test
	void onlyPublishedTextsShowAndAQuestionOnlyInEnglishFallsBackWithANotice() throws Exception {
		Long id = this.questions.publishedQuestion("Were you offered a job by a stranger online?", "Stranger online",
				"Check who they are.");
		Document page = Jsoup
			.parse(this.mvc.get().uri("/ka/tools/job-offer-check").exchange().getResponse().getContentAsString());
		assertThat(page.select("fieldset.joboffer-question")).hasSize(9);
		var fieldset = page.select("input[name=q" + id + "]").first().closest("fieldset");
		assertThat(fieldset.select("legend span[lang=en]").text())
			.isEqualTo("Were you offered a job by a stranger online?");
		assertThat(fieldset.select(".notice").text()).isNotEmpty();
	}

	@Test
	void answersAreNeitherStoredNorLoggedNorCached(CapturedOutput output) throws Exception {
		Map<String, Long> before = rowCounts();
		Map<String, String> answers = allNo();
		answers.put("q" + this.questions.initial("recruitment-fee"), "yes");
		assertThat(post("en", answers).getStatus()).isEqualTo(200);
		Map<String, String> bad = allNo();
		bad.put("q" + this.questions.initial("pay-too-good"), "marker-7f3a9c-answer");
		assertThat(post("en", bad).getStatus()).isEqualTo(400);
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(output.getAll()).doesNotContain("marker-7f3a9c-answer").doesNotContain("=yes");
		MockHttpServletResponse again = this.mvc.get().uri("/en/tools/job-offer-check").exchange().getResponse();
		assertThat(again.getContentAsString()).as("no cached answer").doesNotContain("joboffer-result");
	}

	private MockHttpServletResponse post(String locale, Map<String, String> answers) {
		MockMvcRequestBuilder request = this.mvc.post().uri("/" + locale + "/tools/job-offer-check");
		answers.forEach((name, value) -> request.param(name, value));
		return request.exchange().getResponse();
	}

	private Map<String, String> allNo() {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Long id : this.jdbc
			.sql("select id from job_offer_question where part = 'QUESTION' and enabled "
					+ "and content_key not like 'test-%'")
			.query(Long.class)
			.list()) {
			answers.put("q" + id, "no");
		}
		return answers;
	}

	/** Every table's row count, but the rate limiter's buckets (keyed by a hash). */
	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema() "
					+ "and table_type = 'BASE TABLE' and table_name <> 'rate_limit_bucket' order by table_name")
			.query(String.class)
			.list();
		for (String table : tables) {
			counts.put(table, this.jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
		}
		return counts;
	}

}
