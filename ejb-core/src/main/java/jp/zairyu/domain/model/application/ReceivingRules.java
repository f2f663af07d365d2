package jp.zairyu.domain.model.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * How the result of a filing may be received ({@code result-receipt-rules.csv}, our table with a
 * {@code source} column, one row per code of {@code procedures.csv}): a procedure granted by a
 * passport sticker (証印シール) must be received at the window unless ISA mails a document instead of
 * the sticker — a re-entry permit only at the window; permission for activity outside status by
 * mail as its 資格外活動許可書. The form offers only the window when anything filed needs it, and a choice
 * of the mail is refused.
 */
public final class ReceivingRules {

  /** One row: whether the result is a passport sticker, whether it may be mailed, and as what. */
  public record Row(
      String code, boolean passportSticker, boolean byMail, String mailedJa, String mailedEn) {

    /** Whether the result must be fetched at the window (a sticker that cannot be mailed). */
    public boolean windowOnly() {
      return passportSticker && !byMail;
    }

    /** Whether a document is mailed in place of the sticker (e.g. 資格外活動許可書). */
    public boolean mailsDocument() {
      return passportSticker && byMail && mailedJa != null;
    }
  }

  /** A document mailed with the result in place of a passport sticker. */
  public record MailedDocument(String code, String labelJa, String labelEn)
      implements java.io.Serializable {}

  private final Map<String, Row> rows;

  private ReceivingRules(Map<String, Row> rows) {
    this.rows = rows;
  }

  private static final class Standard {
    static final ReceivingRules RULES =
        of(CsvTable.load("result-receipt-rules.csv"), CsvTable.load("procedures.csv"));
  }

  /** The rules of the shipped table. */
  public static ReceivingRules standard() {
    return Standard.RULES;
  }

  /**
   * Reads the table; fails on a procedure without a row, a row without a procedure, a value other
   * than yes/no, a mailed sticker without the document that replaces it, or a row without a source.
   */
  public static ReceivingRules of(CsvTable table, CsvTable procedures) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Map<String, String> r : table.rows()) {
      String code = r.get("code");
      String source = r.get("source");
      if (source == null || source.isBlank()) {
        throw new IllegalStateException("result-receipt-rules.csv: " + code + " has no source");
      }
      Row row =
          new Row(
              code,
              yesNo(code, r.get("passport_sticker")),
              yesNo(code, r.get("by_mail")),
              blankToNull(r.get("mailed_instead_ja")),
              blankToNull(r.get("mailed_instead_en")));
      if (row.passportSticker()
          && row.byMail()
          && (row.mailedJa() == null || row.mailedEn() == null)) {
        throw new IllegalStateException(
            "result-receipt-rules.csv: " + code + " mails a sticker without naming the document");
      }
      if (rows.put(code, row) != null) {
        throw new IllegalStateException("result-receipt-rules.csv: " + code + " twice");
      }
    }
    List<String> codes = procedures.rows().stream().map(r -> r.get("code")).toList();
    if (!rows.keySet().equals(new java.util.HashSet<>(codes))) {
      throw new IllegalStateException(
          "result-receipt-rules.csv " + rows.keySet() + " does not match procedures.csv " + codes);
    }
    return new ReceivingRules(Map.copyOf(rows));
  }

  private static boolean yesNo(String code, String value) {
    return switch (value == null ? "" : value) {
      case "yes" -> true;
      case "no" -> false;
      default ->
          throw new IllegalStateException(
              "result-receipt-rules.csv: " + code + " has '" + value + "' for yes/no");
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * The row of a procedure code; a procedure outside the shipped tables (the shipped ones are
   * checked to join when loaded) has no sticker and may be mailed.
   */
  public Row row(String code) {
    return rows.getOrDefault(code, new Row(code, false, true, null, null));
  }

  /** The procedures filed whose result must be fetched at the window (e.g. 再入国許可). */
  public List<Procedure> windowOnly(Filing filing) {
    return filing.procedures().stream().filter(p -> row(p.code()).windowOnly()).toList();
  }

  /** How the result may be received: only the window when anything filed needs it, else both. */
  public Set<ResultReceipt> offered(Filing filing) {
    return windowOnly(filing).isEmpty()
        ? EnumSet.allOf(ResultReceipt.class)
        : EnumSet.of(ResultReceipt.WINDOW);
  }

  /**
   * Refuses the mail for a filing whose result must be fetched at the window, naming what needs it;
   * no choice yet (null) and the window are always accepted.
   */
  public void check(Filing filing, ResultReceipt receipt) {
    if (receipt != ResultReceipt.MAIL) {
      return;
    }
    List<Procedure> window = windowOnly(filing);
    if (!window.isEmpty()) {
      throw new RuleViolation(
          "application.receipt.window-only",
          String.join("・", window.stream().map(Procedure::nameJa).toList())
              + "は旅券に証印シールを貼るため、結果は申請人が窓口で受け取ります。郵送は選べません。",
          String.join(", ", window.stream().map(Procedure::nameEn).toList())
              + " is granted by a sticker (証印シール) in the passport: the result is received at the"
              + " window, not by mail.");
    }
  }

  /**
   * What is mailed with the result in place of a passport sticker: for each procedure filed whose
   * sticker ISA replaces by a document when the result is mailed (e.g. 資格外活動許可書); none at the
   * window.
   */
  public List<MailedDocument> mailedDocuments(Filing filing, ResultReceipt receipt) {
    List<MailedDocument> documents = new ArrayList<>();
    if (receipt == ResultReceipt.MAIL) {
      for (Procedure p : filing.procedures()) {
        Row row = row(p.code());
        if (row.mailsDocument()) {
          documents.add(new MailedDocument(p.code(), row.mailedJa(), row.mailedEn()));
        }
      }
    }
    return List.copyOf(documents);
  }
}
