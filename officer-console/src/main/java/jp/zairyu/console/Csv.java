package jp.zairyu.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The console's CSV downloads, written one way: UTF-8 with a byte-order mark (Excel in Japanese
 * opens it correctly), RFC 4180 quoting and CRLF line ends, and formula-safe fields (a spreadsheet
 * never runs a value as a formula). Never cached, never sniffed.
 */
public final class Csv implements AutoCloseable {

  private final PrintWriter out;

  private Csv(PrintWriter out) {
    this.out = out;
  }

  /**
   * Starts a download named {@code fileName} (ASCII) with its header row.
   *
   * @param header the column names
   */
  public static Csv download(HttpServletResponse resp, String fileName, String... header)
      throws IOException {
    resp.setContentType("text/csv; charset=UTF-8");
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    Csv csv =
        new Csv(
            new PrintWriter(
                new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8)));
    csv.out.write('\uFEFF');
    csv.row(header);
    return csv;
  }

  /** One row; each value is quoted as {@link #field} says. */
  public void row(String... values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(values[i]));
    }
    out.print(line);
    out.print("\r\n");
  }

  @Override
  public void close() {
    out.flush();
  }

  /**
   * One field: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is
   * prefixed with an apostrophe so a spreadsheet never runs it as a formula.
   */
  public static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
