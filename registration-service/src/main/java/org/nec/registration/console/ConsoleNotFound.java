package org.nec.registration.console;

/** An organiser console page asked for something that does not exist (an unknown registration or ticket type). */
public class ConsoleNotFound extends RuntimeException {

    private final String section;

    /** @param section the console section the page belongs to, highlighted in the navigation */
    public ConsoleNotFound(String section) {
        super(null, null, false, false);
        this.section = section;
    }

    public String section() {
        return section;
    }
}
