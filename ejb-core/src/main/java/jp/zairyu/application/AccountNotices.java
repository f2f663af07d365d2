package jp.zairyu.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountMailRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a mail about an account and asks for it to be sent, both in the caller's transaction: the
 * mail goes out if and only if what caused it commits.
 */
@Dependent
public class AccountNotices {

  @Inject private AccountMailRepository mails;
  @Inject private ApplicationEvents events;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.portal.base-url")
  String portalBaseUrl;

  public void send(AccountMail.Kind kind, String to, String name, Map<String, String> params) {
    send(kind, to, name, params, null);
  }

  /**
   * @param linkPath a portal path with a secret token (e.g. {@code
   *     /registration/password.xhtml?token=…}), or null
   */
  public void send(
      AccountMail.Kind kind, String to, String name, Map<String, String> params, String linkPath) {
    AccountMail mail =
        new AccountMail(
            kind,
            to,
            name,
            params,
            linkPath == null ? null : portalBaseUrl + linkPath,
            clock.instant());
    mails.add(mail);
    events.accountMailRequested(mail.id());
  }

  public String portalUrl(String path) {
    return portalBaseUrl + path;
  }
}
