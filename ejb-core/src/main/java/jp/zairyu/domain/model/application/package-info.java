/**
 * The residence application aggregate: {@link jp.zairyu.domain.model.application.Application} with
 * its applicant, receipt number and state machine, and the procedures of {@code procedures.csv}.
 */
package jp.zairyu.domain.model.application;
