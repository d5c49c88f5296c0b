package org.nec.agenda.programme;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the attendee's page tells them after a change: what was done, or why it was refused and, for an overlap,
 * which session it clashes with. It travels in the query of the redirect back to the page (ids only, no names).
 */
record Notice(Done done, Refusal refused, String sessionId, String clashId) {

    static final Notice NONE = new Notice(null, null, null, null);

    enum Done { SEATED, WAITLISTED, RELEASED }

    enum Refusal {
        /** The attendee already holds a session at that time. */
        OVERLAP,
        /** The session is not (or no longer) in the published programme. */
        GONE,
        /** Anything else: nothing was changed, trying again may work. */
        BUSY
    }

    static Notice done(Done done) {
        return new Notice(done, null, null, null);
    }

    static Notice refused(Refusal refusal, String sessionId, String clashId) {
        return new Notice(null, refusal, sessionId, clashId);
    }

    /** The notice of a page's query; anything unknown there is left out rather than refused. */
    static Notice read(String done, String refused, String sessionId, String clashId) {
        Refusal refusal = parse(Refusal.class, refused);
        return new Notice(parse(Done.class, done), refusal, refusal == null ? null : sessionId,
                refusal == null ? null : clashId);
    }

    Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        if (done != null) {
            query.put("done", done.name().toLowerCase(Locale.ROOT));
        }
        if (refused != null) {
            query.put("refused", refused.name().toLowerCase(Locale.ROOT));
        }
        if (sessionId != null) {
            query.put("session", sessionId);
        }
        if (clashId != null) {
            query.put("clash", clashId);
        }
        return query;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value)).findFirst().orElse(null);
    }
}
