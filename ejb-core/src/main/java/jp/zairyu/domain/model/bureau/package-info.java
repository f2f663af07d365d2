/**
 * Regional bureaus and routing by prefecture. Loaded from {@code bureaus.csv}; every prefecture is
 * served by exactly one bureau.
 */
package jp.zairyu.domain.model.bureau;
