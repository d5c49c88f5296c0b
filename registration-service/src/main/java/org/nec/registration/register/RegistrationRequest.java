package org.nec.registration.register;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an attendee sends to register. Every field is checked before anything is stored. */
public record RegistrationRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = NO_CONTROL, message = CONTROL_MESSAGE) String firstName,
        @NotBlank @Size(max = 100) @Pattern(regexp = NO_CONTROL, message = CONTROL_MESSAGE) String lastName,
        @NotBlank @Size(max = 254) @Email String email,
        @Size(max = 200) @Pattern(regexp = NO_CONTROL, message = CONTROL_MESSAGE) String organisation,
        @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,40}", message = "must be a ticket type code") String ticketType,
        @NotNull @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
        @Size(max = 50) Map<String, Object> answers,
        @NotNull @Valid ConsentRequest consent,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9 -]*", message = VOUCHER_MESSAGE) String voucher) {

    /** Without an invitation code: what every open ticket type needs. */
    public RegistrationRequest(String firstName, String lastName, String email, String organisation,
                               String ticketType, String language, Map<String, Object> answers,
                               ConsentRequest consent) {
        this(firstName, lastName, email, organisation, ticketType, language, answers, consent, null);
    }

    /** Surrounding spaces are never meant: strip them before the rules apply. */
    public RegistrationRequest {
        firstName = strip(firstName);
        lastName = strip(lastName);
        email = strip(email);
        organisation = strip(organisation);
        // an empty field of the form is no code at all
        voucher = voucher == null || voucher.isBlank() ? null : voucher.strip();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    // \p{Cc}, not \p{Cntrl}: the C1 controls (U+0080 to U+009F) are control characters too
    public static final String NO_CONTROL = "[^\\p{Cc}]*";
    public static final String CONTROL_MESSAGE = "must not contain control characters";
    // the same words as for a wrong code: the shape of a code tells nothing either
    static final String VOUCHER_MESSAGE = "is not a valid invitation code";

    public record ConsentRequest(@NotNull @AssertTrue(message = "must be accepted") Boolean privacyPolicy) {
    }
}
