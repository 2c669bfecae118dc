package dk.elaas.supplier;

import java.util.Locale;

/** One entry of the configurable list of services. */
public record ServiceOption(String code, String nameDa, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
