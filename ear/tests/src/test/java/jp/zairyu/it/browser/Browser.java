package jp.zairyu.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import jp.zairyu.it.support.TestPorts;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Headless Debian Chromium driven through the Debian chromedriver (no downloads). */
public final class Browser {

  private static final String CHROMIUM = System.getProperty("zairyu.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("zairyu.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  public static WebDriver start() {
    try {
      Path profile = Files.createTempDirectory("zairyu-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--no-first-run",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--lang=ja",
          "--window-size=1280,1024",
          "--user-data-dir=" + profile);
      // the console's messages, where Chromium reports what a Content-Security-Policy blocked
      options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create a Chromium profile directory", e);
    }
  }

  /**
   * Makes a browser a test used as new to the application, for the next test: one window on a blank
   * page, no cookies, no storage of the test stack's origin, no extra request headers, its console
   * read. False when it could not (then it is quit instead).
   */
  static boolean reset(WebDriver driver) {
    try {
      List<String> windows = new java.util.ArrayList<>(driver.getWindowHandles());
      for (String window : windows.subList(1, windows.size())) {
        driver.switchTo().window(window).close();
      }
      driver.switchTo().window(windows.get(0));
      HasCdp cdp = (HasCdp) driver;
      cdp.executeCdpCommand("Network.enable", Map.of());
      cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
      cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      cdp.executeCdpCommand("Network.disable", Map.of());
      cdp.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of("origin", TestPorts.baseUrl(), "storageTypes", "all"));
      driver.get("about:blank");
      cspViolations(driver);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * What a Content-Security-Policy blocked since the last call (Chromium logs each violation to the
   * console: "Refused to execute inline script because it violates …"). Reading the log empties it.
   */
  public static List<String> cspViolations(WebDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }
}
