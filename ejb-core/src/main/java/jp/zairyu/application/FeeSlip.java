package jp.zairyu.application;

import java.util.List;
import java.util.Objects;

/**
 * What the fee slip (手数料納付書) prints: who pays for which application, each fee of {@code
 * procedures.csv} (online rates) and the total the revenue stamps must come to.
 *
 * @param lines the procedure and each add-on filed with it, with its fee
 * @param totalYen the sum of the lines, the application's fee
 */
public record FeeSlip(
    String receiptNumber,
    String applicantName,
    String nationality,
    String addresseeJa,
    String addresseeEn,
    List<Line> lines,
    int totalYen) {

  public FeeSlip {
    Objects.requireNonNull(receiptNumber);
    Objects.requireNonNull(applicantName);
    Objects.requireNonNull(addresseeJa);
    Objects.requireNonNull(addresseeEn);
    lines = List.copyOf(lines);
    if (lines.stream().mapToInt(Line::yen).sum() != totalYen) {
      throw new IllegalArgumentException("The lines of a fee slip must add up to its total");
    }
  }

  /** A procedure filed and its fee in yen. */
  public record Line(String labelJa, String labelEn, int yen) {}
}
