package org.nec.notification.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nec.notification.message.DeliveryLog;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.NotificationStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mail console's search as the form sends it (every field optional), checked before it reaches the log; it
 * also writes the console's links, so a retry or a page change comes back to the same search.
 */
record MailFilter(String email, String status, String type, String page) {

    static final String PATH = "/admin/mail";
    private static final int LONGEST_ADDRESS = 254;

    MailFilter {
        email = blankToNull(email);
        status = blankToNull(status);
        type = blankToNull(type);
    }

    /** The fields that are wrong, each with the key of its message. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (email != null && email.strip().length() > LONGEST_ADDRESS) {
            errors.put("email", "mailConsole.error.email");
        }
        if (status != null && !isOneOf(status, NotificationStatus.values())) {
            errors.put("status", "mailConsole.error.status");
        }
        if (type != null && !isOneOf(type, MessageType.values())) {
            errors.put("type", "mailConsole.error.type");
        }
        return errors;
    }

    /** The search itself; call only once {@link #errors()} is empty. */
    DeliveryLog.Search search() {
        return new DeliveryLog.Search(email, status == null ? null : NotificationStatus.valueOf(status),
                type == null ? null : MessageType.valueOf(type));
    }

    /** The page asked for, from 1; anything else is the first page. */
    int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The console showing this search at {@code pageNumber}, without language (the header adds it). */
    String url(int pageNumber) {
        return builder(pageNumber).encode().toUriString();
    }

    /** The same, in {@code lang}, with a notice parameter (e.g. {@code done=retried}). */
    String url(int pageNumber, String lang, String notice, String value) {
        return builder(pageNumber).queryParam(notice, value).queryParam("lang", lang).encode().toUriString();
    }

    String url(int pageNumber, String lang) {
        return builder(pageNumber).queryParam("lang", lang).encode().toUriString();
    }

    private UriComponentsBuilder builder(int pageNumber) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
        if (email != null) {
            url.queryParam("email", "{email}");
        }
        if (status != null) {
            url.queryParam("status", status);
        }
        if (type != null) {
            url.queryParam("type", type);
        }
        if (pageNumber > 1) {
            url.queryParam("page", pageNumber);
        }
        return email == null ? url : url.uriVariables(Map.of("email", email));
    }

    private static boolean isOneOf(String value, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
