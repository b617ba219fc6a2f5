package org.migrantportal.media;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrantportal.shared.CountryScope;

import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the virus check decides from the scanner's answer: which files it sends, what an
 * infected file and a scanner without an answer become, and what the audit is told.
 */
class UploadScanningTests {

	private static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");

	private final List<Object> events = new ArrayList<>();

	private final List<Integer> scanned = new ArrayList<>();

	@Test
	void infectedFileIsRefusedNamingWhatWasFoundAndTheAuditIsToldWhoSentWhichFile() {
		UploadScanning scanning = scanning(new MalwareScanner.Verdict("Win.Test.EICAR_HDB-1"));
		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(
				() -> scanning.check(MediaTestSupport.editor(CountryScope.ARMENIA), "leaflet.pdf", TestClamd.eicar()))
			.satisfies((ex) -> {
				assertThat(ex).isNotInstanceOf(VirusScanUnavailableException.class);
				assertThat(ex.messageKey()).isEqualTo("virusscan.error.infected");
				assertThat(ex.arguments()).containsExactly("Win.Test.EICAR_HDB-1");
			});
		assertThat(this.events).containsExactly(new UploadInfected("Win.Test.EICAR_HDB-1", "leaflet.pdf", null,
				"media-editor-armenia@test.example", NOW));
	}

	@Test
	void cleanFilePassesWithoutAnEvent() {
		scanning(MalwareScanner.Verdict.CLEAN).check(MediaTestSupport.editor(CountryScope.GEORGIA), "river.png",
				MediaFixtures.png(20, 20));
		assertThat(this.scanned).hasSize(1);
		assertThat(this.events).isEmpty();
	}

	@Test
	void scannerWithoutAnAnswerRefusesTheUploadAsUnchecked() {
		UploadScanning scanning = scanning(null);
		assertThatExceptionOfType(VirusScanUnavailableException.class)
			.isThrownBy(() -> scanning.check(MediaTestSupport.editor(CountryScope.GEORGIA), "river.png",
					MediaFixtures.png(20, 20)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("virusscan.error.unavailable"));
		assertThat(this.events).isEmpty();
	}

	@Test
	void emptyAndOversizedFilesAreLeftToTheSizeChecksWithoutBeingSent() {
		UploadScanning scanning = scanning(null);
		scanning.check(MediaTestSupport.editor(CountryScope.GEORGIA), "empty.png", new byte[0]);
		scanning.check(MediaTestSupport.editor(CountryScope.GEORGIA), "huge.png", new byte[1001]);
		assertThat(this.scanned).isEmpty();
	}

	@Test
	void withoutAScannerNothingIsScanned() {
		UploadScanning scanning = UploadScanning.notScanned();
		assertThat(scanning.enabled()).isFalse();
		scanning.check(MediaTestSupport.editor(CountryScope.GEORGIA), "eicar.com", TestClamd.eicar());
	}

	/** A scanner that answers as told, or has no answer when told null. */
	private UploadScanning scanning(MalwareScanner.Verdict answer) {
		MalwareScanner scanner = new MalwareScanner() {

			@Override
			public Verdict scan(byte[] bytes) {
				UploadScanningTests.this.scanned.add(bytes.length);
				if (answer == null) {
					throw new MalwareScanException("test scanner down");
				}
				return answer;
			}

			@Override
			public String describe() {
				return "test scanner";
			}

		};
		return new UploadScanning(scanner, 1000, this.events::add, Clock.fixed(NOW, ZoneOffset.UTC),
				new NoTransactions());
	}

	private static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
