/**
 * Adapter of the port {@link jp.zairyu.application.ApplicationDocuments}: renders the read models
 * of the application form, the fee slip and the electronic COE as PDF with Apache PDFBox.
 *
 * <p>Contract: text is real text (a subset of Noto Sans JP is embedded with its Unicode mapping, so
 * the Japanese and English can be searched and extracted); A4 pages, long values wrap and continue
 * on further pages, every page numbered; a character the font lacks prints as 〓 rather than
 * failing. The font's bytes are read once per class loader ({@link PdfFont}); each document parses
 * its own font and owns every PDFBox object it uses (PDFBox objects are not thread-safe), so the
 * renderer may be called concurrently. Nothing is written to disk.
 */
package jp.zairyu.infrastructure.pdf;
