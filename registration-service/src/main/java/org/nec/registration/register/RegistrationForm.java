package org.nec.registration.register;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What the registration page's form holds, as typed; checked by the same rules as the API. */
public class RegistrationForm {

    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String organisation = "";
    private String ticketType = "";
    private String voucher = "";
    private boolean privacyPolicy;
    /** Identifies this rendering of the form: submitting it twice registers once. */
    private String formToken = UUID.randomUUID().toString();
    private Map<String, Object> answers = new HashMap<>();

    RegistrationRequest toRequest(String language) {
        return new RegistrationRequest(firstName, lastName, email, organisation, ticketType, language, answers,
                new RegistrationRequest.ConsentRequest(privacyPolicy), voucher.isBlank() ? null : voucher);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getTicketType() { return ticketType; }
    public void setTicketType(String ticketType) { this.ticketType = ticketType; }
    public String getVoucher() { return voucher; }
    public void setVoucher(String voucher) { this.voucher = voucher == null ? "" : voucher; }
    public boolean isPrivacyPolicy() { return privacyPolicy; }
    public void setPrivacyPolicy(boolean privacyPolicy) { this.privacyPolicy = privacyPolicy; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String formToken) { this.formToken = formToken; }
    public Map<String, Object> getAnswers() { return answers; }
    public void setAnswers(Map<String, Object> answers) { this.answers = answers; }
}
