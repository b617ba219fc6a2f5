package org.migrantportal.shared;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A start reads an initial import's files against the database only when they, their
 * importer or the settings that shape it changed since the last import that ran to the
 * end; an import that failed half-way is run again at the next start.
 */
@PortalWebTest
class InitialImportsTests {

	@Autowired
	private InitialImports imports;

	@Autowired
	private JdbcTemplate jdbc;

	private final String name = "test-" + UUID.randomUUID().toString().substring(0, 8);

	private final AtomicInteger runs = new AtomicInteger();

	@Test
	void aStartWithUnchangedContentSkipsTheImportAndOneWithOtherSettingsRunsIt() {
		this.imports.importUnlessUnchanged(this.name, "topics", this, "demo=false", this.runs::incrementAndGet);
		assertThat(this.runs).hasValue(1);
		assertThat(this.jdbc.queryForObject("select count(*) from initial_import where name = ?", Integer.class,
				this.name))
			.isOne();

		this.imports.importUnlessUnchanged(this.name, "topics", this, "demo=false", this.runs::incrementAndGet);
		assertThat(this.runs).as("unchanged: skipped").hasValue(1);

		this.imports.importUnlessUnchanged(this.name, "topics", this, "demo=true", this.runs::incrementAndGet);
		assertThat(this.runs).as("another setting: run").hasValue(2);

		this.imports.importUnlessUnchanged(this.name, "pages", this, "demo=true", this.runs::incrementAndGet);
		assertThat(this.runs).as("other files: run").hasValue(3);
		this.imports.importUnlessUnchanged(this.name, "pages", new Object(), "demo=true", this.runs::incrementAndGet);
		assertThat(this.runs).as("another importer: run").hasValue(4);
	}

	@Test
	void anImportThatFailedIsRunAgainAtTheNextStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.imports.importUnlessUnchanged(this.name, "news", this, "", () -> {
				this.runs.incrementAndGet();
				throw new IllegalStateException("the database went away half-way");
			}));
		assertThat(this.jdbc.queryForObject("select count(*) from initial_import where name = ?", Integer.class,
				this.name))
			.isZero();

		this.imports.importUnlessUnchanged(this.name, "news", this, "", this.runs::incrementAndGet);
		assertThat(this.runs).hasValue(2);
	}

	@Test
	void theFingerprintCoversEveryFileOfTheFolderWhereverTheContentLies() {
		String topics = InitialImports.fingerprint("topics", InitialImportsTests.class, "");
		assertThat(topics).hasSize(64).isEqualTo(InitialImports.fingerprint("topics", InitialImportsTests.class, ""));
		assertThat(InitialImports.fingerprint("topics", InitialImports.class, "")).isNotEqualTo(topics);
		assertThat(InitialImports.fingerprint("news", InitialImportsTests.class, "")).isNotEqualTo(topics);
	}

}
