package jp.zairyu.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No stale reads across the servers of a cluster (issue 18): a case another server changed (here: a
 * connection of its own, behind this server's EclipseLink) reads as changed in this server's next
 * transaction, at once, because no entity is kept in EclipseLink's shared cache ({@code
 * SharedCacheTest}).
 */
@ExtendWith(ArquillianExtension.class)
class NoStaleReadsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(NoStaleReadsIT.class);
  }

  @Inject ApplicationRepository applications;
  @Inject PractitionerRepository practitioners;
  @Resource UserTransaction tx;

  private String applicantName(long id) throws Exception {
    tx.begin();
    try {
      return applications.find(id).orElseThrow().form().applicant().fullName();
    } finally {
      tx.commit();
    }
  }

  @Test
  void aCaseChangedByAnotherServerReadsAsChangedAtOnce() throws Exception {
    String before = Fixtures.uniqueName("前");
    tx.begin();
    long lawyer = practitioners.findByAuthId(Fixtures.LAWYER_AUTH_ID).orElseThrow().id();
    Application draft = Fixtures.extensionDraft(lawyer, Fixtures.applicantIn("東京都", before));
    applications.add(draft);
    tx.commit();
    long id = draft.id();
    assertThat(applicantName(id)).isEqualTo(before); // read once: what a cache would now hold

    String after = Fixtures.uniqueName("後");
    assertThat(
            Database.update(
                "update application set applicant_name = ?, version = version + 1 where id = ?",
                after,
                id))
        .isEqualTo(1);

    assertThat(applicantName(id)).isEqualTo(after);
  }
}
