package org.migrantportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No controller builds a view name by joining text (XSS-05: a view name holding request
 * data lets Thymeleaf evaluate it as an expression). Only redirects may be built, and
 * Spring turns those into a {@code Location} header, never into a template. View names
 * are constants; the paths the fuzz test and {@code RouteFuzzTests} probe show the rest.
 */
class ViewNameConventionTests {

	/** A returned string expression joined with {@code +}, or a ModelAndView of one. */
	private static final Pattern BUILT = Pattern
		.compile("(?:return|new ModelAndView\\(|setViewName\\()\\s*(\"[^\"]*\"\\s*\\+|[\\w.()]+\\s*\\+\\s*\")");

	@Test
	void controllersNeverBuildAViewName() throws IOException {
		List<String> built = new ArrayList<>();
		int controllers = 0;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (!source.contains("@Controller") && !source.contains("@ControllerAdvice")) {
					continue;
				}
				controllers++;
				Matcher matcher = BUILT.matcher(source);
				while (matcher.find()) {
					if (!matcher.group(1).startsWith("\"redirect:")) {
						built.add(file.getFileName() + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(controllers).as("controllers found").isGreaterThan(20);
		assertThat(built).as("view names built from text").isEmpty();
	}

	@Test
	void theCheckFindsABuiltViewName() {
		assertThat(BUILT.matcher("return \"site/\" + request.getParameter(\"view\");").find()).isTrue();
		assertThat(BUILT.matcher("return prefix + \"::content\";").find()).isTrue();
		assertThat(BUILT.matcher("return new ModelAndView(\"site/\" + name);").find()).isTrue();
		Matcher redirect = BUILT.matcher("return \"redirect:/admin/pages/\" + id;");
		assertThat(redirect.find() && !redirect.group(1).startsWith("\"redirect:")).isFalse();
	}

}
