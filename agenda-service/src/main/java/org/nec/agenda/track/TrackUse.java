package org.nec.agenda.track;

/** How many sessions of the draft still run in a track: a track in use is not deleted. */
public interface TrackUse {

    long draftSessionsIn(String trackId);
}
