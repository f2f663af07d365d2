/**
 * Maintenance windows of the portal: when it closes and the bilingual notice its users see, in
 * advance and during the window. Closing the portal affects web requests only: drafts stay stored
 * and submissions already made go on through the queues.
 */
package jp.zairyu.domain.model.maintenance;
