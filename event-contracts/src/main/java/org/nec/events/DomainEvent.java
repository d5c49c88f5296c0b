package org.nec.events;

/**
 * A fact that happened in one service and that others may react to. Implementations are small past-tense
 * records carrying ids and the facts a consumer needs, never entities.
 */
public interface DomainEvent {

    /** Id of the aggregate the event is about; it is the Kafka record key, so one aggregate stays in order. */
    String aggregateId();
}
