package jp.zairyu.domain.model.statistics;

/**
 * Processing days of the applications of one procedure and status of residence decided in a period:
 * whole days in Japan time from submission to decision; mean, median and 90th percentile
 * (continuous, as PostgreSQL's {@code percentile_cont}).
 *
 * @param statusCode the status of residence applied for (or held, for an extension); null when the
 *     application names none
 */
public record ProcessingTime(
    String procedureCode, String statusCode, long count, double mean, double median, double p90) {}
