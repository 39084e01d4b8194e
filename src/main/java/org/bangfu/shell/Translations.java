package org.bangfu.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Screen texts from {@code vaadin-i18n/translations*.properties}. Unlike the default provider it never falls back
 * to the server's own locale: anything but English is the Chinese base file, whatever language the machine has.
 */
@Component
public class Translations implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale == null ? Languages.CHINESE : locale;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, wanted, NO_SERVER_LOCALE).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
        } catch (MissingResourceException missing) {
            return "!" + key;
        }
    }
}
