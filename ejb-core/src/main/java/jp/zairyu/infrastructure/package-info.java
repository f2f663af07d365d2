/**
 * Infrastructure: adapters that connect the application layer's ports and the domain's repositories
 * to PostgreSQL ({@code persistence}), ActiveMQ Artemis ({@code messaging}) and SMTP ({@code
 * mail}). Nothing here holds a business rule.
 */
package jp.zairyu.infrastructure;
