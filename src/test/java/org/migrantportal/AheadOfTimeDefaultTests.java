package org.migrantportal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which starts use the build's ahead-of-time bean definitions without being told: the
 * packaged jar, nested or extracted, but never compiled classes in a folder, where an
 * earlier build's generated classes may be older than the code. (PackagedJarTests shows a
 * plain {@code java -jar} of the packaged jar starting from them.)
 */
class AheadOfTimeDefaultTests {

	@Test
	void thePackagedJarNestedOrExtractedIsAheadOfTimeByDefault() {
		assertThat(AheadOfTimeDefault
			.fromPackagedJar("jar:nested:/srv/portal/migrant-portal-0.1.0.jar/!BOOT-INF/classes/!/")).isTrue();
		assertThat(AheadOfTimeDefault.fromPackagedJar("file:/srv/portal/app/migrant-portal-0.1.0.jar")).isTrue();
	}

	@Test
	void compiledClassesInAFolderAreNever() {
		assertThat(AheadOfTimeDefault.fromPackagedJar("file:/home/editor/portal/target/classes/")).isFalse();
	}

	@Test
	void theseTestsRunFromAFolderSoTheyStartTheOrdinaryWay() {
		String previous = System.getProperty(AheadOfTimeDefault.PROPERTY);
		try {
			System.clearProperty(AheadOfTimeDefault.PROPERTY);
			AheadOfTimeDefault.apply();
			assertThat(System.getProperty(AheadOfTimeDefault.PROPERTY)).isNull();
		}
		finally {
			if (previous != null) {
				System.setProperty(AheadOfTimeDefault.PROPERTY, previous);
			}
		}
	}

}
