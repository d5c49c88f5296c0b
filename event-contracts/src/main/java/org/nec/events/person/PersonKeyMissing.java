package org.nec.events.person;

/**
 * A registration event's personal fields cannot be read yet: its key, which travels on another topic, has not
 * arrived. Worth trying again shortly, not a reason to give the record up.
 */
public class PersonKeyMissing extends RuntimeException {

    public PersonKeyMissing(String registrationId) {
        super("The personal data key of registration " + registrationId + " has not arrived yet");
    }
}
