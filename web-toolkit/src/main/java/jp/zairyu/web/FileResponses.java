package jp.zairyu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * How the servlets that serve a stored file (the portal's attachments and PDFs, the console's case
 * files and application form) answer: an id that is missing or not a number, a file the caller may
 * not see (the service refuses) and a file that does not exist all get the same 404; a file is sent
 * with the media type decided when it was stored, never sniffed, never cached.
 */
public final class FileResponses {

  /** For a file only downloaded: nothing in it may run, load or navigate. */
  public static final String SANDBOXED = "default-src 'none'; sandbox";

  /**
   * For a file shown in the application's own pages (a PDF in an {@code object}, a photo): loads
   * nothing and only the application's pages may frame it. No {@code sandbox}: some PDF viewers
   * refuse a sandboxed PDF (see {@code CaseDocument}).
   */
  public static final String SHOWN_IN_PAGE = "default-src 'none'; frame-ancestors 'self'";

  private FileResponses() {}

  /**
   * Finds the file for the request's numeric parameter {@code name} with the service's lookup;
   * empty (then answered with 404) when the parameter is not a number or the service refuses.
   */
  public static <T> Optional<T> find(
      HttpServletRequest req, String name, LongFunction<T> lookup, HttpServletResponse resp)
      throws IOException {
    OptionalLong id = id(req, name);
    if (id.isPresent()) {
      try {
        return Optional.of(lookup.apply(id.getAsLong()));
      } catch (RuntimeException notVisible) {
        // Not there, or not for this caller: the same answer as for a wrong id. The lookup is a
        // service (an EJB) call, so what reaches here is the service's refusal (a RuleViolation,
        // an application exception) or an EJBException: the container wraps every other one. This
        // jar sits in the EAR's lib/, which cannot see the domain's classes (see package-info).
      }
    }
    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    return Optional.empty();
  }

  /** A request parameter as an id; empty when it is missing or not a number. */
  public static OptionalLong id(HttpServletRequest req, String name) {
    try {
      return OptionalLong.of(Long.parseLong(req.getParameter(name)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Sends a generated PDF (application form, fee slip) as a sandboxed download. */
  public static void pdfDownload(HttpServletResponse resp, String fileName, byte[] content)
      throws IOException {
    send(resp, "application/pdf", content, false, fileName, fileName, SANDBOXED);
  }

  /**
   * Sends the file. {@code plainName} is the ASCII name for old clients; the real name goes in
   * {@code filename*} (RFC 6266), UTF-8 and percent-encoded.
   */
  public static void send(
      HttpServletResponse resp,
      String mediaType,
      byte[] content,
      boolean inline,
      String plainName,
      String fileName,
      String contentSecurityPolicy)
      throws IOException {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    resp.setContentType(mediaType);
    resp.setContentLength(content.length);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", contentSecurityPolicy);
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment")
            + "; filename=\""
            + plainName
            + "\"; filename*=UTF-8''"
            + encoded);
    resp.getOutputStream().write(content);
  }
}
