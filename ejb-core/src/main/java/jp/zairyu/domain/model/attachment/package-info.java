/**
 * Attachments of an application: the face photo and the documents per status of residence. The
 * checks of a file ({@link jp.zairyu.domain.model.attachment.FacePhoto}, {@link
 * jp.zairyu.domain.model.attachment.PdfDocument}) look at its content only, never at its name or
 * the type a browser declared, and refuse hostile files (wrong magic bytes, polyglots,
 * decompression bombs, huge dimensions, encrypted or restricted PDFs, active content). What may be
 * attached when is a rule of the {@link jp.zairyu.domain.model.application.Application} aggregate;
 * the documents each status needs come from {@code documents.csv}.
 */
package jp.zairyu.domain.model.attachment;
