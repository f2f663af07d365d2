/**
 * Figures of the bureaus for the console's dashboard (like ISA's monthly figures): the backlog per
 * bureau and state, arrivals and decisions per day, and processing days (submitted → decided) per
 * procedure and status of residence. Days are days in Japan time. Read-only values and the port
 * {@link jp.zairyu.domain.model.statistics.CaseStatistics} that computes them in the database.
 */
package jp.zairyu.domain.model.statistics;
