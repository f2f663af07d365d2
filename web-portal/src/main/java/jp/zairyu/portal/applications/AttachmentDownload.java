package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.zairyu.application.AttachmentService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.CheckedFile;

/**
 * Serves an attachment to whoever may see its application (the service decides; anyone else gets
 * 404): {@code ?id=…} downloads it, {@code &inline=1} shows a face photo in the page. Behind the
 * portal's security constraint. The media type is the one decided by the content when it was
 * attached; the browser is told not to sniff and not to run anything.
 */
@WebServlet("/applications/attachment")
public class AttachmentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AttachmentService attachments;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentService.Download file;
    try {
      file = attachments.content(id);
    } catch (RuleViolation | EJBException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean inline =
        "1".equals(req.getParameter("inline")) && CheckedFile.JPEG.equals(file.mediaType());
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    resp.setContentType(file.mediaType());
    resp.setContentLength(file.content().length);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment")
            + "; filename=\""
            + (CheckedFile.JPEG.equals(file.mediaType()) ? "photo.jpg" : "document.pdf")
            + "\"; filename*=UTF-8''"
            + encoded);
    resp.getOutputStream().write(file.content());
  }
}
