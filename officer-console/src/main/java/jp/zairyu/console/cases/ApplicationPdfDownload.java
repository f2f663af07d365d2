package jp.zairyu.console.cases;

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
 * The application form (申請書) of a case as PDF, {@code ?id=…}: for the officers of the case's bureau
 * only (the service decides, and records the view in the audit trail); another bureau's case, a
 * draft or an unknown id gets 404.
 */
@WebServlet("/cases/application.pdf")
public class ApplicationPdfDownload extends HttpServlet {

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
      pdf = documents.caseApplicationForm(id);
    } catch (RuleViolation | EJBException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType("application/pdf");
    resp.setContentLength(pdf.content().length);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
    resp.getOutputStream().write(pdf.content());
  }
}
