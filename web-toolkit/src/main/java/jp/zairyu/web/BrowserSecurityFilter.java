package jp.zairyu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * First filter of the portal and the console (declared first in each {@code web.xml}, so it also
 * covers the gate's pages): refuses cross-site requests that are not plain navigations (see {@link
 * BrowserSecurity#allowed}) and gives every answer {@code X-Content-Type-Options: nosniff}, {@code
 * Referrer-Policy}, HSTS when served over HTTPS, and a Content-Security-Policy: a page's own comes
 * from PrimeFaces; whatever else is about to send a body without one gets {@link
 * BrowserSecurity#FALLBACK_POLICY}.
 *
 * <p>Init parameter {@code documentPages}: the pages (servlet paths, comma-separated) that may show
 * stored documents in {@code object} or {@code iframe}; every other page also gets {@link
 * BrowserSecurity#NO_EMBEDDED_DOCUMENTS}.
 */
public class BrowserSecurityFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private Set<String> documentPages = Set.of();
  private boolean https;

  @Override
  public void init() {
    String pages = getInitParameter("documentPages");
    if (pages != null) {
      documentPages =
          Arrays.stream(pages.split(","))
              .map(String::strip)
              .filter(p -> !p.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
    }
    https = BrowserSecurity.https();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", BrowserSecurity.REFERRER_POLICY);
    if (https || request.isSecure()) {
      response.setHeader("Strict-Transport-Security", BrowserSecurity.HSTS);
    }
    if (!BrowserSecurity.allowed(
        request.getMethod(),
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Sec-Fetch-Mode"),
        request.getHeader("Sec-Fetch-Dest"))) {
      refuse(response);
      return;
    }
    String path = request.getServletPath();
    boolean page = path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
    if (page && !documentPages.contains(path)) {
      response.addHeader(BrowserSecurity.CSP, BrowserSecurity.NO_EMBEDDED_DOCUMENTS);
    }
    PolicyResponse answer = new PolicyResponse(response);
    try {
      chain.doFilter(request, answer);
    } catch (ServletException | RuntimeException e) {
      if (!nonceRefused(e) || response.isCommitted()) {
        throw e;
      }
      badForm(request, response);
      return;
    }
    answer.ensurePolicy();
  }

  /**
   * Whether PrimeFaces refused a postback for its CSP nonce: the form was not posted by the page
   * its script prepared (a forged or replayed form, or one posted by a program). Such a request
   * gets 400 and a message, not the error page of an unexpected fault.
   */
  static boolean nonceRefused(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getName().equals("org.primefaces.csp.CspException")) {
        return true;
      }
    }
    return false;
  }

  private void badForm(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.reset();
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", BrowserSecurity.REFERRER_POLICY);
    if (https || request.isSecure()) {
      response.setHeader("Strict-Transport-Security", BrowserSecurity.HSTS);
    }
    answer(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        "この送信は受け付けられません。画面を開き直してから、もう一度操作してください。\n"
            + "This form cannot be accepted. Please open the page again and retry.\n");
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    answer(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "他のサイトからの要求は受け付けません。このシステムの画面から操作してください。\n"
            + "Requests from other sites are refused. Please use this system's own pages.\n");
  }

  private static void answer(HttpServletResponse response, int status, String text)
      throws IOException {
    response.setStatus(status);
    response.setHeader(BrowserSecurity.CSP, BrowserSecurity.FALLBACK_POLICY);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(text);
  }

  /**
   * Notes whether anything downstream set a Content-Security-Policy (PrimeFaces for a page, a
   * download servlet for its file) and adds the fallback before a body without one is written.
   */
  static final class PolicyResponse extends HttpServletResponseWrapper {

    private boolean policySet;

    PolicyResponse(HttpServletResponse response) {
      super(response);
    }

    void ensurePolicy() {
      if (!policySet && !isCommitted()) {
        policySet = true;
        super.addHeader(BrowserSecurity.CSP, BrowserSecurity.FALLBACK_POLICY);
      }
    }

    private void noting(String name) {
      if (BrowserSecurity.CSP.equalsIgnoreCase(name)) {
        policySet = true;
      }
    }

    @Override
    public void setHeader(String name, String value) {
      noting(name);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      noting(name);
      super.addHeader(name, value);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      ensurePolicy();
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      ensurePolicy();
      return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      ensurePolicy();
      super.flushBuffer();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      ensurePolicy();
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      ensurePolicy();
      super.sendError(sc);
    }
  }
}
