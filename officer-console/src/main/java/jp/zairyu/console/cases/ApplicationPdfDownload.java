package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.zairyu.application.DocumentService;
import jp.zairyu.web.FileResponses;

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
    Optional<DocumentService.Download> pdf =
        FileResponses.find(req, "id", documents::caseApplicationForm, resp);
    if (pdf.isPresent()) {
      FileResponses.pdfDownload(resp, pdf.get().fileName(), pdf.get().content());
    }
  }
}
