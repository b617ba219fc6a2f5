package org.migrantportal.support;

import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Binds a {@code @ConfigurationProperties} record from a map of properties the way the
 * application does at start: under the record's own prefix, with its defaults, and
 * validated when the record is {@code @Validated}. A bad value fails with Spring Boot's
 * {@link org.springframework.boot.context.properties.bind.BindException}.
 */
public final class PropertiesBinding {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private PropertiesBinding() {
	}

	public static <T> T bind(Class<T> type, Map<String, String> properties) {
		String prefix = MergedAnnotations.from(type).get(ConfigurationProperties.class).getString("prefix");
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		BindHandler handler = type.isAnnotationPresent(Validated.class)
				? new ValidationBindHandler(new SpringValidatorAdapter(VALIDATION.getValidator()))
				: BindHandler.DEFAULT;
		return binder.bindOrCreate(prefix, Bindable.of(type), handler);
	}

}
