package org.nec.events;

import java.util.Locale;

/**
 * The platform's two languages and its one rule for choosing: French, unless English is asked for by its code
 * {@code en}. Anything else, a missing value included, is French.
 */
public enum Language {

    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** English for {@code "en"}, French for anything else or nothing. */
    public static Language of(String code) {
        return "en".equals(code) ? EN : FR;
    }

    /** English for an English locale, French for any other or none. */
    public static Language of(Locale locale) {
        return locale == null ? FR : of(locale.getLanguage());
    }

    /** The code as it travels in events, links and forms: {@code fr} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return this == EN;
    }

    /** The one of the two that is in this language. */
    public <T> T pick(T french, T english) {
        return this == EN ? english : french;
    }
}
