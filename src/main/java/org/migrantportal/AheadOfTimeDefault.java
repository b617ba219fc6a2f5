package org.migrantportal;

import java.net.URL;
import java.security.CodeSource;

import org.springframework.aot.AotDetector;
import org.springframework.util.ClassUtils;

/**
 * Makes the bean definitions the build worked out ahead of time (Spring AOT) the default
 * of the packaged jar: a start from a jar that holds them uses them unless
 * {@code spring.aot.enabled} is given, which saves some three seconds of every
 * {@code java -jar} on two cores. A start from compiled classes in a folder
 * ({@code mvn spring-boot:run}, an IDE) never does: what an earlier build generated there
 * may be older than the code beside it.
 */
final class AheadOfTimeDefault {

	static final String PROPERTY = AotDetector.AOT_ENABLED;

	private static final String GENERATED_INITIALIZER = PortalApplication.class.getName()
			+ "__ApplicationContextInitializer";

	private AheadOfTimeDefault() {
	}

	/**
	 * Sets {@code spring.aot.enabled=true} when the start is a packaged jar's and nothing
	 * said otherwise.
	 */
	static void apply() {
		CodeSource source = PortalApplication.class.getProtectionDomain().getCodeSource();
		URL location = (source != null) ? source.getLocation() : null;
		if (System.getProperty(PROPERTY) == null && location != null && fromPackagedJar(location.toString())
				&& ClassUtils.isPresent(GENERATED_INITIALIZER, PortalApplication.class.getClassLoader())) {
			System.setProperty(PROPERTY, "true");
		}
	}

	/**
	 * Whether the classes come from a jar (the packaged one, nested
	 * {@code jar:nested:...} or extracted {@code file:.../migrant-portal.jar}) rather
	 * than a folder of compiled classes ({@code file:.../target/classes/}).
	 */
	static boolean fromPackagedJar(String location) {
		return !(location.startsWith("file:") && location.endsWith("/"));
	}

}
