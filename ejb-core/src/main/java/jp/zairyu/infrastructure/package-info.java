/**
 * Infrastructure: adapters that connect the application layer's ports and the domain's repositories
 * to PostgreSQL ({@code persistence}), ActiveMQ Artemis ({@code messaging}), SMTP ({@code mail}),
 * the country data of the access rules ({@code geo}) and PDF rendering ({@code pdf}). Nothing here
 * holds a business rule.
 */
package jp.zairyu.infrastructure;
