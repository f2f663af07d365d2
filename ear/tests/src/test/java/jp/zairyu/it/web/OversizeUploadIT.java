package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads posted straight to the attachments page, as a client without the page's script sends them
 * (multipart, with a valid view state): a file above what the container takes is answered with the
 * product's bilingual "too large" message, never a bare container error, and nothing is stored.
 */
@ExtendWith(DeployedEar.class)
class OversizeUploadIT {

  @Test
  void aThirtyMegabytePdfPostedWithoutThePagesScriptGetsTheClearMessageAndNothingIsStored() {
    postedDirectly(false);
  }

  @Test
  void theSameSentInChunksWithoutALengthGetsTheSameMessage() {
    postedDirectly(true);
  }

  private void postedDirectly(boolean chunked) {
    String lawyer = Accounts.newLawyer();
    String name = Fixtures.uniqueName("OVERSIZE");
    long id = draft(lawyer, name);
    WebSession session = WebSession.portal(lawyer, Fixtures.DEMO_PASSWORD);
    String path = "/portal/applications/attachments.xhtml?id=" + id;
    HttpResponse<String> page = session.get(path);
    assertThat(page.statusCode()).isEqualTo(200);

    byte[] pdf = new byte[30 * 1024 * 1024];
    Arrays.fill(pdf, (byte) ' ');
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, pdf, 0, header.length);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("documentForm", "documentForm");
    fields.put("documentForm:documentType", "PASSPORT");
    fields.put("documentForm:uploadDocument", "資料をアップロード / Upload the document");
    fields.put("jakarta.faces.ViewState", WebSession.viewState(page.body()));
    HttpResponse<String> answer =
        session.postMultipart(path, fields, "documentForm:documentFile", "big.pdf", pdf, chunked);

    // The page itself with the message, or back to it (Post/Redirect/Get) where it says so.
    assertThat(answer.statusCode()).as(answer.body()).isIn(200, 303);
    HttpResponse<String> shown =
        answer.statusCode() == 303 ? session.get(path(WebSession.location(answer))) : answer;
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("ファイルが大きすぎます")
        .contains("The file is too large")
        .doesNotContain("Payara")
        .doesNotContain("Exception:")
        .doesNotContain("\tat ");
    assertThat(Database.string("select count(*) from attachment where application_id = ?", id))
        .isEqualTo("0");

    // The message is shown once; the page still works afterwards.
    HttpResponse<String> again = session.get(path);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).doesNotContain("ファイルが大きすぎます");
  }

  /** The path and query of a Location, absolute or not. */
  private static String path(String location) {
    java.net.URI uri = java.net.URI.create(location);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static long draft(String authId, String name) {
    Database.update(
        "insert into application (practitioner_id, procedure_code, state, applicant_name,"
            + " current_status, desired_status, created_at, updated_at)"
            + " select p.id, 'EXTENSION', 'DRAFT', ?, 'ENGINEER_HUMANITIES',"
            + " 'ENGINEER_HUMANITIES', now(), now() from practitioner p where p.auth_id = ?",
        name,
        authId);
    return Long.parseLong(
        Database.string("select id from application where applicant_name = ?", name));
  }
}
