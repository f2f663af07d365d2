package jp.zairyu.portal.applications;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.UploadLimits;

/**
 * An upload bigger than the container takes (the {@code multipart-config} of {@code web.xml}, a
 * little above the 25 MB an application may have), posted without the page's script that stops it
 * in the browser: the container cannot read such a form at all, so JSF would see neither the view
 * state nor the button, and the request ended in a bare error. Here it is recognised before anyone
 * reads the form: by its declared length, or by the container's refusal to read its parts (a body
 * sent in chunks, without a length; one part above {@code max-file-size}). The rest of the body is
 * read and thrown away (up to {@link #DRAIN_BYTES}, so the client gets the answer instead of a
 * reset connection), nothing is stored, and the client is sent back to the page (303), which shows
 * the bilingual "too large" message.
 */
@WebFilter(
    filterName = "OversizeUploads",
    urlPatterns = "/applications/attachments.xhtml",
    dispatcherTypes = DispatcherType.REQUEST)
public class OversizeUploads extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The {@code max-request-size} of the Faces Servlet's {@code multipart-config}. */
  static final long MAX_REQUEST_BYTES = 28_311_552L;

  /** How much of a refused body is read and discarded before the answer is sent. */
  static final long DRAIN_BYTES = 256L * 1024 * 1024;

  /**
   * The session attribute that carries the refusal (Japanese and English) to the page the client is
   * sent back to.
   */
  static final String REFUSAL = OversizeUploads.class.getName() + ".refusal";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!multipartPost(req)) {
      chain.doFilter(req, res);
      return;
    }
    boolean tooLarge = req.getContentLengthLong() > MAX_REQUEST_BYTES;
    if (!tooLarge) {
      try {
        req.getParts(); // the container reads the form here; JSF reads the same parts later
      } catch (RuntimeException e) {
        if (!sizeExceeded(e)) {
          throw e;
        }
        tooLarge = true; // a body without a declared length, or one part too big
      }
    }
    if (!tooLarge) {
      chain.doFilter(req, res);
      return;
    }
    drain(req);
    HttpSession session = req.getSession(false);
    if (session != null) {
      RuleViolation refusal = refusal();
      session.setAttribute(REFUSAL, new String[] {refusal.messageJa(), refusal.messageEn()});
    }
    String query = req.getQueryString();
    res.setStatus(HttpServletResponse.SC_SEE_OTHER);
    res.setHeader("Location", req.getRequestURI() + (query == null ? "" : "?" + query));
    res.setHeader("Connection", "close");
  }

  /** "The file is too large", for either form of the page. */
  static RuleViolation refusal() {
    String documents = UploadLimits.megabytes(UploadLimits.TOTAL_BYTES);
    String photo = UploadLimits.megabytes(UploadLimits.FACE_PHOTO_BYTES);
    return new RuleViolation(
        UploadLimits.tooLarge(UploadLimits.TOTAL_BYTES).code(),
        "ファイルが大きすぎます。提出資料は" + documents + "以下、顔写真は" + photo + "以下のファイルにしてください。",
        "The file is too large. A document may be at most "
            + documents
            + ", a face photo at most "
            + photo
            + ".");
  }

  /**
   * Whether the container refused to read the form for its size (Payara: a {@code SizeException}
   * inside an {@code IllegalStateException}, or "the request was rejected because its size …
   * exceeds the configured maximum" inside a {@code RuntimeException}).
   */
  static boolean sizeExceeded(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (t.getClass().getSimpleName().equals("SizeException")
          || (message != null && message.contains("exceeds"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean multipartPost(HttpServletRequest req) {
    String type = req.getContentType();
    return "POST".equalsIgnoreCase(req.getMethod())
        && type != null
        && type.regionMatches(true, 0, "multipart/form-data", 0, 19);
  }

  private static void drain(HttpServletRequest req) {
    try (InputStream in = req.getInputStream()) {
      byte[] sink = new byte[64 * 1024];
      long read = 0;
      int n;
      while (read < DRAIN_BYTES && (n = in.read(sink)) > 0) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away, or the container consumed the body already
    }
  }
}
