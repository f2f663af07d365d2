/**
 * Infrastructure: adapters that connect the application layer's ports and the domain's repositories
 * to PostgreSQL ({@code persistence}), ActiveMQ Artemis ({@code messaging}), SMTP ({@code mail})
 * and MicroProfile Health ({@code health}). Nothing here holds a business rule.
 */
package jp.zairyu.infrastructure;
