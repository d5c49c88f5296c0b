package org.nec.registration.register;

import java.net.URI;
import java.time.ZoneId;

import org.nec.events.EditionZone;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where attendees reach this service; manage links start with it
 * @param privacyPolicyVersion the version of the privacy policy an attendee consents to, recorded with the consent
 * @param timeZone the edition's time zone, for times shown on pages
 */
@ConfigurationProperties("nec.registration")
public record RegistrationProperties(@DefaultValue("http://127.0.0.1:8081") URI publicUrl,
                                     @DefaultValue("2026-1") String privacyPolicyVersion,
                                     @DefaultValue(EditionZone.DEFAULT_ID) ZoneId timeZone) {

    public String manageUrl(String registrationId, String token) {
        return publicUrl.toString().replaceAll("/+$", "") + "/manage/" + registrationId + "?token=" + token;
    }
}
