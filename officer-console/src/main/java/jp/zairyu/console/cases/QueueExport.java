package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import jp.zairyu.application.CaseRow;
import jp.zairyu.application.ExaminationService;
import jp.zairyu.console.Csv;
import jp.zairyu.domain.model.application.WorkQueue;

/**
 * The work queue as the page shows it (same parameters: queue, procedure, status, receipt, sort),
 * as CSV for a spreadsheet ({@link Csv}: UTF-8 with a byte-order mark, RFC 4180, formula-safe), at
 * most {@value #MAX_ROWS} rows, read a keyset page at a time.
 */
@WebServlet("/cases/queue.csv")
public class QueueExport extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int MAX_ROWS = 10_000;

  @EJB private ExaminationService examination;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    WorkQueue.Queue queue = IntakePage.queueOf(req.getParameter("queue"));
    Instant now = Instant.now();
    try (Csv out =
        Csv.download(
            resp,
            "queue-" + queue.name().toLowerCase(java.util.Locale.ROOT) + ".csv",
            "受付番号",
            "申請の種類",
            "申請人",
            "都道府県",
            "申請日時",
            "待ち日数")) {
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
        for (CaseRow a : page.rows()) {
          IntakePage.Row row = IntakePage.Row.of(a, now);
          out.row(
              row.receiptNumber(),
              row.procedure(),
              row.applicant(),
              row.prefecture(),
              row.submitted(),
              Long.toString(row.daysWaiting()));
          written++;
        }
        if (page.next() == null) {
          break;
        }
        after = page.next().after();
      }
    }
  }
}
