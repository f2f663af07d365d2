package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.zairyu.application.DocumentService;
import jp.zairyu.domain.model.RuleViolation;

/**
 * Serves the PDFs of an application, {@code ?id=…}: the application form ({@code application.pdf})
 * once it is submitted, and the fee slip ({@code fee-slip.pdf}) while the items are to be sent in
 * (発行待ち). Whoever may see the application gets them (the service decides); anyone else, a draft, or
 * a fee slip not due gets 404. Behind the portal's security constraint.
 */
@WebServlet({"/applications/application.pdf", "/applications/fee-slip.pdf"})
public class DocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentService.Download pdf;
    try {
      pdf =
          req.getServletPath().endsWith("fee-slip.pdf")
              ? documents.feeSlip(id)
              : documents.applicationForm(id);
    } catch (RuleViolation | EJBException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(resp, pdf);
  }

  /** Writes a PDF as a download that is never cached nor sniffed. */
  static void send(HttpServletResponse resp, DocumentService.Download pdf) throws IOException {
    resp.setContentType("application/pdf");
    resp.setContentLength(pdf.content().length);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
    resp.getOutputStream().write(pdf.content());
  }
}
