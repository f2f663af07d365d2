package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests the portal and the console serve, from their Fetch Metadata. */
class BrowserSecurityTest {

  @ParameterizedTest(name = "{0} site={1} mode={2} dest={3} -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        // the application's own pages and the user's own navigation
        "GET, same-origin, cors, empty, true",
        "POST, same-origin, navigate, document, true",
        "GET, none, navigate, document, true",
        "POST, none, navigate, document, true",
        // no Fetch Metadata: an older browser (SameSite rules apply) or no browser
        "GET, -, -, -, true",
        "POST, -, -, -, true",
        // a link in a mail or on another site
        "GET, cross-site, navigate, document, true",
        "HEAD, cross-site, navigate, document, true",
        "GET, same-site, navigate, document, true",
        // forged: a form posted from another site, an image, an object, a frame, a fetch
        "POST, cross-site, navigate, document, false",
        "POST, same-site, navigate, document, false",
        "GET, cross-site, no-cors, image, false",
        "GET, cross-site, no-cors, object, false",
        "GET, cross-site, navigate, iframe, false",
        "GET, cross-site, navigate, object, false",
        "GET, cross-site, cors, empty, false",
        "POST, cross-site, no-cors, empty, false",
        "GET, same-site, no-cors, script, false",
        "GET, something-new, no-cors, image, false",
      })
  void fetchMetadataDecidesWhatIsServed(
      String method, String site, String mode, String dest, boolean allowed) {
    assertThat(BrowserSecurity.allowed(method, site, mode, dest)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "same-origin, true",
        "-, true",
        "cross-site, false",
        "same-site, false",
        "none, false"
      })
  void onlyTheApplicationsOwnPagesEndASessionByGet(String site, boolean own) {
    assertThat(BrowserSecurity.fromOwnPage(site)).isEqualTo(own);
  }
}
