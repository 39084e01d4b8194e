package org.bangfu.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** REST messages follow Accept-Language among the supported languages, Simplified Chinese when none is asked for. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Languages.SUPPORTED);
        resolver.setDefaultLocale(Languages.CHINESE);
        return resolver;
    }
}
