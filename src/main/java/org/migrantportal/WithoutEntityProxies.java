package org.migrantportal;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hibernate without runtime bytecode generation: no entity of the portal has a lazy
 * association (they refer to each other by id) and none is loaded as a reference, so the
 * proxy classes Hibernate generates for every entity at start (with Byte Buddy, over half
 * a second of a start on two cores, and their compilation by the JIT) would never be
 * used. Hibernate's own "none" provider takes the place of Byte Buddy's; an entity given
 * a lazy association later fails at start, loudly, rather than loading lazily. Registered
 * through {@code META-INF/services/org.hibernate.service.spi.ServiceContributor}.
 */
public final class WithoutEntityProxies implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder registry) {
		registry.addService(BytecodeProvider.class, new BytecodeProviderImpl());
	}

}
