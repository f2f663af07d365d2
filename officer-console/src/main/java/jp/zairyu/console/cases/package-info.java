/**
 * Console pages for the bureau's work on cases: intake queue and examination. Backing beans are
 * view-scoped, named after their page, and call ejb-core services only.
 */
package jp.zairyu.console.cases;
