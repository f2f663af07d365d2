package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import jp.zairyu.application.ExaminationService;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.WorkQueue;

/**
 * The work queue as the page shows it (same parameters: queue, procedure, status, receipt, sort),
 * as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel in Japanese opens it correctly),
 * RFC 4180 quoting, at most {@value #MAX_ROWS} rows, read a keyset page at a time.
 */
@WebServlet("/cases/queue.csv")
public class QueueExport extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int MAX_ROWS = 10_000;

  @EJB private ExaminationService examination;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    WorkQueue.Queue queue = IntakePage.queueOf(req.getParameter("queue"));
    resp.setContentType("text/csv; charset=UTF-8");
    resp.setHeader(
        "Content-Disposition",
        "attachment; filename=\"queue-"
            + queue.name().toLowerCase(java.util.Locale.ROOT)
            + ".csv\"");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    Instant now = Instant.now();
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8));
    out.write('\uFEFF');
    out.print("受付番号,申請の種類,申請人,都道府県,申請日時,待ち日数\r\n");
    WorkQueue.Cursor after = null;
    int written = 0;
    while (written < MAX_ROWS) {
      ExaminationService.QueuePage page =
          examination.queue(
              queue,
              req.getParameter("procedure"),
              req.getParameter("status"),
              req.getParameter("receipt"),
              IntakePage.sortOf(req.getParameter("sort")),
              after,
              100);
      for (Application a : page.rows()) {
        IntakePage.Row row = IntakePage.Row.of(a, now);
        out.print(
            String.join(
                ",",
                csv(row.receiptNumber()),
                csv(row.procedure()),
                csv(row.applicant()),
                csv(row.prefecture()),
                csv(row.submitted()),
                Long.toString(row.daysWaiting())));
        out.print("\r\n");
        written++;
      }
      if (page.next() == null) {
        break;
      }
      after = page.next().after();
    }
    out.flush();
  }

  /**
   * One field: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is
   * prefixed with an apostrophe so a spreadsheet never runs it as a formula.
   */
  static String csv(String value) {
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
