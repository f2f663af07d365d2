/**
 * JPA (EclipseLink) adapters of the domain repositories and application ports, on PostgreSQL. They
 * are local stateless session beans, so their persistence context always resolves in this module
 * (the persistence unit is scoped to the EJB jar), whichever module calls them. They join the
 * caller's JTA transaction and never commit on their own. The schema belongs to the Flyway
 * migrations in {@code db/}; nothing here generates DDL.
 */
package jp.zairyu.infrastructure.persistence;
