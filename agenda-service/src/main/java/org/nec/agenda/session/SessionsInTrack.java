package org.nec.agenda.session;

import org.nec.agenda.track.TrackUse;
import org.springframework.stereotype.Component;

/** Counts the draft sessions, cancelled ones left out, that still run in a track. */
@Component
class SessionsInTrack implements TrackUse {

    private final SessionRepository sessions;

    SessionsInTrack(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public long draftSessionsIn(String trackId) {
        return sessions.countByTrackIdAndCancelledFalse(trackId);
    }
}
