package jp.zairyu.web;

import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the portal and the console tell the browser on every answer, and which cross-site requests
 * they refuse. The pages' own Content-Security-Policy (scripts by nonce or from the application's
 * files) is written by PrimeFaces ({@code primefaces.CSP} in each WAR's {@code web.xml}); every
 * other answer (resources, downloads, error and gate pages, refusals) gets {@link
 * #FALLBACK_POLICY}, which runs no script at all.
 *
 * <p>Configured by {@code zairyu.web.https}: the site is served to browsers over HTTPS (directly or
 * through a proxy that ends TLS). Then session cookies are {@code Secure} and every answer carries
 * HSTS. Default {@code true}; the local stack ({@code mvn -P run}, the tests) is plain HTTP and
 * sets it to {@code false}.
 */
public final class BrowserSecurity {

  /** The configuration key (environment variable {@code ZAIRYU_WEB_HTTPS}). */
  public static final String HTTPS_KEY = "zairyu.web.https";

  public static final String CSP = "Content-Security-Policy";

  /**
   * For everything that is not a page of the application: nothing runs, nothing is fetched but the
   * application's styles and images, nobody frames it.
   */
  public static final String FALLBACK_POLICY =
      "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  /**
   * Added to the pages that show no stored document: the console's page policy allows {@code
   * object-src} and {@code frame-src 'self'} for the case view's documents, and this second policy
   * (both apply) takes it back everywhere else.
   */
  public static final String NO_EMBEDDED_DOCUMENTS = "object-src 'none'; frame-src 'none'";

  /** One year; without {@code includeSubDomains}, which would bind every host of the domain. */
  public static final String HSTS = "max-age=31536000";

  /** The address of a page goes to the application's own pages only, never to another site. */
  public static final String REFERRER_POLICY = "same-origin";

  private static final Set<String> OWN = Set.of("same-origin", "none");

  private BrowserSecurity() {}

  /**
   * Whether a request may be served, from its Fetch Metadata ({@code Sec-Fetch-*} headers, sent by
   * every current browser). A request of the application's own pages ({@code same-origin}), or one
   * the user started (typed address, bookmark: {@code none}), always; one without the headers (an
   * older browser, which does send the SameSite cookie rules, or no browser at all), too. A request
   * from another site only when it is a plain top-level navigation that reads (a link in a mail):
   * never a form posted from there, an image, an object, a frame or a script fetching.
   */
  public static boolean allowed(String method, String site, String mode, String destination) {
    if (site == null || OWN.contains(site.toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean reads = "GET".equals(method) || "HEAD".equals(method);
    return reads
        && "navigate".equalsIgnoreCase(mode)
        && (destination == null || "document".equalsIgnoreCase(destination));
  }

  /**
   * Whether the request was made by the application's own pages (or by no browser that says
   * otherwise): for the few GETs that end something, such as the idle timeout's logout.
   */
  public static boolean fromOwnPage(String site) {
    return site == null || "same-origin".equalsIgnoreCase(site);
  }

  /** {@code zairyu.web.https}; {@code true} unless configured otherwise. */
  public static boolean https() {
    return ConfigProvider.getConfig().getOptionalValue(HTTPS_KEY, Boolean.class).orElse(true);
  }
}
