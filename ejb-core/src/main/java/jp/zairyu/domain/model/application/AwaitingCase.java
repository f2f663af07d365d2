package jp.zairyu.domain.model.application;

/**
 * A case waiting for an officer beyond the queues, as the intake page lists it: the application and
 * what it waits for, counted by the query that found it (so a list of cases is read in one query,
 * not one more per case for its proposals and correction requests).
 *
 * @param denialPending whether a proposed denial waits for a supervisor
 * @param openCorrections the correction requests no officer has acknowledged yet
 */
public record AwaitingCase(Application application, boolean denialPending, long openCorrections) {}
