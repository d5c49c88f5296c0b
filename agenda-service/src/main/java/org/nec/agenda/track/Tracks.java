package org.nec.agenda.track;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.nec.agenda.edition.Text;
import org.nec.platform.web.Problems;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** The programme's tracks, for the JSON API and the console pages alike. */
@Service
public class Tracks {

    /** The property of a refused deletion's problem that counts the draft sessions still in the track. */
    public static final String DRAFT_SESSIONS = "draftSessions";

    private final TrackRepository tracks;
    private final MongoTemplate mongo;
    private final TrackUse use;

    Tracks(TrackRepository tracks, MongoTemplate mongo, TrackUse use) {
        this.tracks = tracks;
        this.mongo = mongo;
        this.use = use;
    }

    public Track create(TrackRequest request) {
        return tracks.insert(new Track(UUID.randomUUID().toString(), request.name(), request.color()));
    }

    /**
     * Renames or recolours a track, in one update that finds it or nothing (a track deleted meanwhile stays
     * deleted); sessions in it show the change from the next release on.
     */
    public Track change(String id, TrackRequest request) {
        Track track = new Track(id, request.name(), request.color());
        if (mongo.updateFirst(query(where("_id").is(id)), new Update().set(Track.NAME, track.name())
                .set(Track.COLOR, track.color()), Track.class).getMatchedCount() == 0) {
            throw Problems.notFound("No track " + id + ".");
        }
        return track;
    }

    /**
     * Removes a track no draft session runs in any more (409 otherwise, naming how many do). Releases already
     * published keep the track as it was.
     */
    public void delete(String id) {
        long inUse = use.draftSessionsIn(id);
        if (inUse > 0) {
            ErrorResponseException refused = Problems.conflict(inUse + " session" + (inUse == 1 ? " runs" : "s run")
                    + " in track " + id + ": move " + (inUse == 1 ? "it" : "them") + " to another track first.");
            refused.getBody().setProperty(DRAFT_SESSIONS, inUse);
            throw refused;
        }
        if (mongo.remove(query(where("_id").is(id)), Track.class).getDeletedCount() == 0) {
            throw Problems.notFound("No track " + id + ".");
        }
    }

    public List<Track> all() {
        return tracks.findAll(Sort.by(Track.NAME + ".fr"));
    }

    public Map<String, Track> byId() {
        return tracks.findAll().stream().collect(Collectors.toMap(Track::id, Function.identity()));
    }

    public boolean exists(String id) {
        return tracks.existsById(id);
    }

    public record TrackRequest(@NotNull @Valid Text name,
                               @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour such as #1f4e3d")
                               String color) {
    }
}
