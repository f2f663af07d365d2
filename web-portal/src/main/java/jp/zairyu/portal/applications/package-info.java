/**
 * Portal pages for the practitioner's applications: list, draft, submission and view. Backing beans
 * are view-scoped, named after their page, load data with {@code f:viewParam} / {@code
 * f:viewAction} and call ejb-core services only.
 */
package jp.zairyu.portal.applications;
