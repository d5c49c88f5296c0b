package org.nec.events.agenda;

import java.time.Instant;

import org.nec.events.DomainEvent;

/**
 * The organisers published version {@code version} of the programme; {@code changes} session changes against the
 * previous version follow as {@link SessionChanged} events. {@code editionStartsAt} is the start of the
 * edition's first day in its time zone and {@code editionEndsAt} the end of its last day (both null before the
 * edition is set up; {@code editionEndsAt} and {@code venue} are absent from events of earlier builds).
 */
public record SchedulePublished(int version, Instant publishedAt, String editionName, String timeZone,
                                Instant editionStartsAt, int sessionCount, int changes, Instant editionEndsAt,
                                String venue) implements DomainEvent {

    @Override
    public String aggregateId() {
        return "schedule";
    }
}
