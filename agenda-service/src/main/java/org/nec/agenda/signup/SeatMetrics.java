package org.nec.agenda.signup;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.platform.metrics.CachedReading;
import org.nec.platform.work.PollingWorker;
import org.springframework.stereotype.Component;

/**
 * {@code nec.seats.taken} per published {@code session}: read every {@link CachedReading#PERIOD} rather than on
 * each scrape, since the sessions come and go with the releases.
 */
@Component
class SeatMetrics extends PollingWorker implements MeterBinder {

    private final SessionSeats seats;
    private final Releases releases;
    private volatile MultiGauge seatsTaken;

    SeatMetrics(SessionSeats seats, Releases releases) {
        super("seat-metrics", CachedReading.PERIOD, Duration.ofMinutes(1));
        this.seats = seats;
        this.releases = releases;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        seatsTaken = MultiGauge.builder("nec.seats.taken").description("Seats taken in a session")
                .register(registry);
        wake();
    }

    @Override
    protected boolean runOnce() {
        MultiGauge gauge = seatsTaken;
        if (gauge != null) {
            gauge.register(read().entrySet().stream().map(taken -> MultiGauge.Row.of(
                    Tags.of("session", taken.getKey()), taken.getValue())).toList(), true);
        }
        return false;
    }

    private Map<String, Integer> read() {
        Map<String, Integer> taken = new LinkedHashMap<>();
        List<PublishedSession> published = releases.latest().map(Release::sessions).orElse(List.of());
        published.forEach(session -> taken.put(session.id(), 0));
        seats.occupancy().forEach((sessionId, occupancy) -> taken.put(sessionId, occupancy.seatsTaken()));
        if (!published.isEmpty()) {
            // a session dropped from the programme keeps its seat document, not its place on the dashboards
            taken.keySet().retainAll(published.stream().map(PublishedSession::id).toList());
        }
        return taken;
    }
}
