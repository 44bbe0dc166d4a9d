package org.iprassist.core.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source over every module's bundle: each module ships {@code i18n/<module>.properties}
 * (Simplified Chinese, the default) and {@code i18n/<module>_en.properties}, and is picked up from
 * the classpath without being listed anywhere.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessageSource {

	private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2}(_[A-Z]{2})?$");

	@Bean
	MessageSource messageSource() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		String[] basenames = Arrays.stream(bundles)
			.map(Resource::getFilename)
			.map(name -> "i18n/" + LOCALE_SUFFIX.matcher(name.substring(0, name.length() - ".properties".length()))
				.replaceFirst(""))
			.distinct()
			.sorted()
			.toArray(String[]::new);
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
