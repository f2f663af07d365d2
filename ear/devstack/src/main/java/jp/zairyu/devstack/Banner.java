package jp.zairyu.devstack;

import java.nio.file.Path;

/** What a newcomer needs to know once the stack runs. */
final class Banner {

  /** From {@code db/demo/R__demo_data.sql}; the hashes there are of this password. */
  private static final String DEMO_PASSWORD = "Zairyu#2026demo";

  private static final String RULE = "=".repeat(78);

  private Banner() {}

  static String text(StackSettings settings, Path serverLog, Timing startup) {
    var text = new StringBuilder();
    line(text, "");
    line(text, RULE);
    line(text, " Zairyu Online is running (started in " + startup + ")");
    line(text, "");
    line(text, "  Portal (lawyers, applicants)  " + settings.portalUrl());
    line(text, "  Officer console               " + settings.consoleUrl());
    line(text, "  Health                        " + settings.healthUrl());
    if (settings.clustered()) {
      line(
          text,
          "  Cluster: HAProxy on "
              + settings.baseUrl()
              + " (sticky, health-checked) in front of deployment group "
              + StackSettings.DEPLOYMENT_GROUP);
      for (int i = 1; i <= settings.instances(); i++) {
        line(
            text,
            "    "
                + StackSettings.instanceName(i)
                + "                      "
                + settings.instanceBaseUrl(i)
                + "portal/");
      }
      line(text, "  Load balancer statistics      " + settings.loadBalancerStatsUrl());
    }
    line(text, "  Payara admin console          " + settings.adminConsoleUrl());
    StackSecrets secrets = StackSecrets.of(settings);
    line(
        text,
        "                                user "
            + StackSecrets.ADMIN_USER
            + ", password "
            + secrets.adminPassword().orElse("(none)"));
    line(
        text,
        "                                (asadmin --passwordfile " + secrets.passwordFile() + ")");
    line(text, "");
    if (settings.demoData()) {
      line(text, "  Demo accounts, all with password " + DEMO_PASSWORD);
      line(text, "    portal   lawyer (認証ID)    Z000000001");
      line(text, "    console  examiners          tokyo.examiner, osaka.examiner");
      line(text, "    console  supervisor         tokyo.supervisor (registration review)");
      line(text, "    console  administrators     admin, tokyo.admin");
      line(
          text, "  Register as a gyoseishoshi: certificate 200000000002, 行政 花子, expiry 2029-03-31");
    } else {
      line(text, "  No demo data loaded (devstack.demo.data=false)");
    }
    line(text, "");
    line(text, "  Mail the application sent     " + settings.mailDir() + "/  (one .eml file each)");
    line(
        text,
        "                                or IMAP "
            + StackSettings.HOST
            + ":"
            + settings.imapPort()
            + ", user = password = address");
    line(text, "  Database                      " + settings.jdbcUrl() + "  user/password zairyu");
    line(
        text,
        "  Broker                        tcp://"
            + StackSettings.HOST
            + ":"
            + settings.brokerPort());
    line(text, "  Logs                          " + serverLog);
    line(text, "                                " + settings.logDir() + "/");
    line(text, "");
    line(text, "  Stop: Ctrl-C. If the launcher was killed and left servers running, from the");
    line(text, "  repository root: mvn -pl ear/devstack exec:exec@stop");
    line(text, RULE);
    return text.toString();
  }

  private static void line(StringBuilder text, String line) {
    text.append(line).append(System.lineSeparator());
  }
}
