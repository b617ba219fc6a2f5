package org.migrantportal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of controllers, templates and security rules through {@code MockMvcTester}, on
 * the whole application and the real test database. Every such test shares one cached
 * context, so it costs no more than a slice and exercises the real filter chain.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "portal.admin.email=first-admin@test.example",
		"portal.admin.password=" + PortalWebTest.FIRST_ADMIN_PASSWORD,
		// MockMvc requests all come from one address; PublicRateLimitTests checks the
		// limits
		"portal.rate-limit.search-per-minute=1000000", "portal.rate-limit.posts-per-minute=1000000",
		// call-back requests are encrypted under a key; CallBackWithoutKeyTests unsets it
		"portal.callback.key=a test key for call-back requests, not a secret" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestClockConfiguration.class, MockMvcSessions.class })
public @interface PortalWebTest {

	/** The first admin's password in tests: an Armenian passphrase. */
	String FIRST_ADMIN_PASSWORD = "Միգրանտների իրավունքները մարդու իրավունքներ են";

}
