package jp.zairyu.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
