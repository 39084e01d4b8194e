package org.bangfu.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Screen and REST texts from every {@code vaadin-i18n/<bundle>.properties} (Chinese, the base) and
 * {@code <bundle>_en.properties}. Each capability may keep its own bundle; all are found on the classpath. Unlike
 * the default provider it never falls back to the server's own locale: anything but English is Chinese.
 */
@Configuration
public class Translations implements I18NProvider {

    private final MessageSource messages;

    Translations() {
        this.messages = bundles();
    }

    /** The same texts for REST problem details as for the screens. */
    @Bean
    MessageSource messageSource() {
        return messages;
    }

    /** Base names of all bundles: {@code vaadin-i18n/translations}, {@code vaadin-i18n/settings}, … */
    public static List<String> baseNames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:vaadin-i18n/*.properties");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .map(name -> "vaadin-i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale == null ? Languages.CHINESE : locale;
        String text = messages.getMessage(key, params.length == 0 ? null : params, null, wanted);
        return text == null ? "!" + key : text;
    }
}
