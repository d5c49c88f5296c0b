package org.nec.agenda.session;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.nec.agenda.edition.Text;

/**
 * A new session (title and type required; room, start and end together, or none of them for an unplaced session;
 * the rest optional) or a change (any field).
 */
public record SessionRequest(@Valid Text title, SessionType type, @Size(max = 64) String roomId,
                             OffsetDateTime start, OffsetDateTime end,
                             @Size(max = 20) List<@NotNull @Size(max = 64) String> speakerIds,
                             @Size(max = 64) String moderatorId, @Min(1) @Max(10_000) Integer capacity,
                             Boolean signupRequired, @Size(max = 64) String trackId, @Valid Description description) {
}
