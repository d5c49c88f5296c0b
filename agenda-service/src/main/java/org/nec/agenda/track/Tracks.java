package org.nec.agenda.track;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.Text;
import org.nec.platform.web.Problems;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** The programme's tracks, for the JSON API and the console pages alike. */
@Service
public class Tracks {

    /** The property of a refused deletion's problem that counts the draft sessions still in the track. */
    public static final String DRAFT_SESSIONS = "draftSessions";

    private final MongoTemplate mongo;

    Tracks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Track create(TrackRequest request) {
        return mongo.insert(new Track(UUID.randomUUID().toString(), request.name(), request.color()));
    }

    /** Renames or recolours a track; sessions in it show the change from the next release on. */
    public Track change(String id, TrackRequest request) {
        Track track = new Track(id, request.name(), request.color());
        if (mongo.updateFirst(query(where("_id").is(id)), new Update().set("name", track.name())
                .set("color", track.color()), Track.class).getMatchedCount() == 0) {
            throw Problems.notFound("No track " + id + ".");
        }
        return track;
    }

    /**
     * Removes a track no draft session runs in any more (409 otherwise, naming how many do). Releases already
     * published keep the track as it was.
     */
    public void delete(String id) {
        long inUse = mongo.count(query(where("trackId").is(id).and("cancelled").is(false)), Session.class);
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
        return mongo.find(new Query().with(Sort.by("name.fr")), Track.class);
    }

    public record TrackRequest(@NotNull @Valid Text name,
                               @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour such as #1f4e3d")
                               String color) {
    }
}
