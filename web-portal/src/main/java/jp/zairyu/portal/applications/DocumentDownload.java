package jp.zairyu.portal.applications;

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
    boolean feeSlip = req.getServletPath().endsWith("fee-slip.pdf");
    Optional<DocumentService.Download> pdf =
        FileResponses.find(
            req, "id", id -> feeSlip ? documents.feeSlip(id) : documents.applicationForm(id), resp);
    if (pdf.isPresent()) {
      FileResponses.pdfDownload(resp, pdf.get().fileName(), pdf.get().content());
    }
  }
}
