/**
 * Console pages for the bureau's work on cases: intake queue, examination, the case's notes between
 * officers and its attached files shown inline ({@code CaseDocument}, bureau-checked and audited).
 * Backing beans are view-scoped, named after their page, and call ejb-core services only.
 */
package jp.zairyu.console.cases;
