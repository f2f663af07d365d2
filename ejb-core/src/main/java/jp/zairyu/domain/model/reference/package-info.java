/**
 * Reference data of the domain (bureaus, procedures, states, user kinds), loaded from the CSV
 * tables that ship with this module under {@code domain/}. Immutable and free of infrastructure.
 */
package jp.zairyu.domain.model.reference;
