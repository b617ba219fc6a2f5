package org.migrantportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a real staff member: an account with this role, country and organization
 * is created in the test database and loaded as the back-office would load it.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithPortalUserSecurityContextFactory.class)
public @interface WithPortalUser {

	StaffRole role() default StaffRole.EDITOR;

	CountryScope country() default CountryScope.GEORGIA;

	/** The content key of the account's organization, empty for none. */
	String organization() default "";

}
