package org.nec.events.registration;

import java.time.Instant;

import org.nec.events.DomainEvent;

/**
 * The attendee asked for their link again: a new one is to be sent to them, sealed for notification-service
 * ({@code sealedManageUrl}; {@code manageUrl} is the link in clear as events of earlier builds carried it). The
 * link it follows ({@code previousManageTokenHash}) keeps working until the new one is first used or
 * {@code previousValidUntil} passes, so that asking for someone else's link cannot lock them out. Both are absent
 * in older events. Personal fields as in {@link RegistrationConfirmed}.
 */
public record ManageLinkReissued(String registrationId, String firstName, String email, String language,
                                 String manageUrl, String manageTokenHash, String previousManageTokenHash,
                                 Instant previousValidUntil, String sealedManageUrl, String personal)
        implements DomainEvent {

    /** An event of the previous schema, with the personal fields in clear. */
    public ManageLinkReissued(String registrationId, String firstName, String email, String language,
                              String manageUrl, String manageTokenHash, String previousManageTokenHash,
                              Instant previousValidUntil, String sealedManageUrl) {
        this(registrationId, firstName, email, language, manageUrl, manageTokenHash, previousManageTokenHash,
                previousValidUntil, sealedManageUrl, null);
    }

    public ManageLinkReissued(String registrationId, String firstName, String email, String language,
                              String manageUrl, String manageTokenHash, String previousManageTokenHash,
                              Instant previousValidUntil) {
        this(registrationId, firstName, email, language, manageUrl, manageTokenHash, previousManageTokenHash,
                previousValidUntil, null, null);
    }

    public ManageLinkReissued(String registrationId, String firstName, String email, String language,
                              String manageUrl, String manageTokenHash) {
        this(registrationId, firstName, email, language, manageUrl, manageTokenHash, null, null, null);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
