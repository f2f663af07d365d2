/**
 * Portal pages for the practitioner's applications: list, draft, submission and view. Backing beans
 * are view-scoped, named after their page, load data with {@code f:viewParam} / {@code
 * f:viewAction} and call ejb-core services only. The list (申請情報検索, {@code MyApplicationsPage}) is
 * the exception: it posts nothing back, so its view is stateless and its bean request-scoped; the
 * search form's options are built once per application ({@code SearchOptions}).
 */
package jp.zairyu.portal.applications;
