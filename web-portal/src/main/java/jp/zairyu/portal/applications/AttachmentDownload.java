package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.zairyu.application.AttachmentService;
import jp.zairyu.domain.model.attachment.CheckedFile;
import jp.zairyu.web.FileResponses;

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
    Optional<AttachmentService.Download> found =
        FileResponses.find(req, "id", attachments::content, resp);
    if (found.isEmpty()) {
      return;
    }
    AttachmentService.Download file = found.get();
    boolean photo = CheckedFile.JPEG.equals(file.mediaType());
    boolean inline = "1".equals(req.getParameter("inline")) && photo;
    FileResponses.send(
        resp,
        file.mediaType(),
        file.content(),
        inline,
        photo ? "photo.jpg" : "document.pdf",
        file.fileName(),
        FileResponses.SANDBOXED);
  }
}
