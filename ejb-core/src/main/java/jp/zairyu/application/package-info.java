/**
 * The application layer: thin {@code @Stateless} services, one per group of use cases, that own the
 * transactions, load aggregates through repositories, call their methods and publish facts through
 * ports ({@link jp.zairyu.application.ApplicationEvents}, {@link jp.zairyu.application.MailSender},
 * {@link jp.zairyu.application.NotificationLog}, {@link
 * jp.zairyu.application.ApplicationDocuments}) whose adapters live in {@code
 * jp.zairyu.infrastructure}. Services decide who may do what (roles, the caller's own applications,
 * the officer's own bureau); rules about the application itself stay in the domain model. Printed
 * documents are read models ({@link jp.zairyu.application.ApplicationForm}, {@link
 * jp.zairyu.application.FeeSlip}, {@link jp.zairyu.application.ElectronicCoe}) built here from the
 * aggregate, so a renderer lays out text and knows no rule. The sections of the official form are
 * one read model, {@link jp.zairyu.application.ApplicationSheet}, shown by the portal and the
 * console and printed in the application form. Pages never hold entities (issue 17): what a page
 * shows of an application is a view the service builds in its transaction ({@link
 * jp.zairyu.application.ApplicationView} for the case page and the application page, {@link
 * jp.zairyu.application.CaseRow} for the work queues, {@link jp.zairyu.application.StoredDraft} for
 * the wizard).
 */
package jp.zairyu.application;
