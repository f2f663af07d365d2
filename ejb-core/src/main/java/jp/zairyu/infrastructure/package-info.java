/**
 * Infrastructure: adapters that connect the application layer's ports and the domain's repositories
 * to PostgreSQL ({@code persistence}), ActiveMQ Artemis ({@code messaging}), SMTP ({@code mail})
 * and the country data of the access rules ({@code geo}). Nothing here holds a business rule.
 */
package jp.zairyu.infrastructure;
