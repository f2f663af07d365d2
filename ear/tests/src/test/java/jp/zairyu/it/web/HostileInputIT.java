package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.CaseRows;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.JsfForm;
import jp.zairyu.it.support.WebSession;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile-input set, over plain HTTP: every query parameter of both front ends and every field
 * of their forms (found in the pages as served, so a new field is covered the day it appears) with
 * script, SQL, over-long text, control and bidirectional characters and bytes that are not UTF-8;
 * forged view states; hostile uploads. One dynamic test per input. Each is answered without a 5xx
 * and without a stack trace, reflects nothing unescaped, answers control characters and broken
 * UTF-8 with 400, and what it refused left the database as it was (nothing half-stored).
 */
@ExtendWith(DeployedEar.class)
class HostileInputIT {

  /** What reflected unescaped would run in the page. */
  private static final String SCRIPT = "<script>alert('zairyu')</script>";

  private static final String IMG = "<img src=x onerror=alert('zairyu')>";

  /**
   * One hostile value: its name, the value as it travels (URL-encoded, so invalid bytes can be
   * sent), and whether the front end must refuse it outright with 400 (control characters, bidi
   * overrides, bytes that are not UTF-8).
   */
  record Payload(String name, String encoded, boolean refused) {
    static Payload text(String name, String value) {
      return new Payload(name, URLEncoder.encode(value, StandardCharsets.UTF_8), false);
    }

    static Payload raw(String name, String encoded) {
      return new Payload(name, encoded, true);
    }
  }

  static final List<Payload> FIELD_PAYLOADS =
      List.of(
          Payload.text("script", "\"'>" + SCRIPT),
          Payload.text("sql", "' OR '1'='1'; drop table application; --"),
          Payload.text("over-long", "あ".repeat(5000)),
          Payload.raw("NUL", "a%00b"),
          Payload.raw("bidi U+202E", "abc%E2%80%AEfdp.exe"),
          Payload.raw("lone surrogate", "a%ED%A0%80b"),
          Payload.raw("overlong UTF-8", "a%C0%BCb"));

  static final List<Payload> QUERY_PAYLOADS =
      List.of(
          Payload.raw("NUL", "%00"),
          Payload.text("unknown a-b", "a-b"),
          Payload.text("quote", "'"),
          Payload.text("script", IMG),
          Payload.text("huge number", "99999999999999999999"),
          Payload.text("negative", "-1"),
          Payload.text("largest int", "2147483647"),
          Payload.text("over-long", "x".repeat(3000)),
          Payload.raw("overlong UTF-8", "%C0%AE%C0%AE"),
          Payload.raw("lone surrogate", "%ED%A0%80"),
          Payload.raw("ESC", "a%1Bb"));

  static final List<Payload> VIEW_STATES =
      List.of(
          Payload.text("forged", "-1234567890:9876543210"),
          Payload.text("garbage", "rO0ABXNyAA" + "A".repeat(4000)),
          Payload.text("script", SCRIPT),
          Payload.text("empty", ""),
          Payload.raw("NUL", "abc%00"));

  /** The list pages' choices: an unknown value is left out with a message. */
  static final Set<String> CHOICES =
      Set.of(
          "/portal/index.xhtml?state",
          "/portal/index.xhtml?procedure",
          "/portal/index.xhtml?status",
          "/portal/index.xhtml?sort",
          "/console/index.xhtml?queue",
          "/console/index.xhtml?procedure",
          "/console/index.xhtml?status",
          "/console/index.xhtml?sort");

  /** Ids in the address: what is not the caller's (or not a number) is 404 or a clear message. */
  static final Set<String> IDS =
      Set.of(
          "/portal/applications/view.xhtml?id",
          "/portal/applications/attachments.xhtml?id",
          "/portal/applications/attachment?id",
          "/portal/applications/application.pdf?id",
          "/portal/applications/fee-slip.pdf?id",
          "/console/cases/view.xhtml?id",
          "/console/cases/document?id",
          "/console/cases/document?case",
          "/console/cases/application.pdf?id");

  private static String lawyer;
  private static WebSession portal;
  private static WebSession examiner;
  private static long draftId;
  private static final AtomicInteger rows = new AtomicInteger();
  private static final Map<String, AtomicInteger> verdicts = new LinkedHashMap<>();

  @BeforeAll
  static void accountsAndData() {
    lawyer = Accounts.newLawyer();
    portal = WebSession.portal(lawyer, Fixtures.DEMO_PASSWORD);
    examiner = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    draftId = CaseRows.draft(lawyer);
  }

  @AfterAll
  static void report() {
    System.out.println("HostileInputIT: " + rows.get() + " inputs; verdicts " + verdicts);
  }

  // ---------------------------------------------------------------- the list's submit button

  /**
   * 入管庁に申請を行う from the list posts the draft's id (the list keeps no rows): another practitioner's
   * draft, an id that is no number, none at all — each answered by a redirect to a page that says
   * so, and nothing submitted.
   */
  @org.junit.jupiter.api.Test
  void theListSubmitsNoDraftButTheCallersOwn() {
    long theirs = CaseRows.draft(Accounts.newLawyer());
    for (String forged :
        List.of(Long.toString(theirs), "abc", "", "-1", "9".repeat(30), theirs + " OR 1=1")) {
      HttpResponse<String> answer =
          portal.post(
              "/portal/index.xhtml",
              Map.of("drafts", "drafts", "jakarta.faces.ViewState", "stateless", "draft", forged));
      assertThat(answer.statusCode()).as("draft=" + forged).isIn(302, 303);
      String location = WebSession.location(answer);
      assertThat(location).as("draft=" + forged).contains("/portal/index.xhtml");
      HttpResponse<String> shown = portal.get(location.replaceFirst("^https?://[^/]+", ""));
      assertThat(shown.body())
          .as("draft=" + forged)
          .containsAnyOf("申請を特定できませんでした", "見つかりません")
          .doesNotContain("申請が完了しました");
    }
    assertThat(Database.string("select state from application where id = ?", theirs))
        .isEqualTo("DRAFT");
  }

  // ---------------------------------------------------------------- query parameters

  record Param(String front, Supplier<WebSession> session, String path, String name) {}

  static List<Param> params() {
    Supplier<WebSession> anonymous = WebSession::anonymous;
    Supplier<WebSession> lawyerSession = () -> portal;
    Supplier<WebSession> officer = () -> examiner;
    List<Param> p = new ArrayList<>();
    for (String name :
        List.of(
            "state", "procedure", "status", "q", "receipt", "from", "to", "sort", "asc", "page")) {
      p.add(new Param("portal", lawyerSession, "/portal/index.xhtml", name));
    }
    for (String name : List.of("id", "procedure", "step")) {
      p.add(new Param("portal", lawyerSession, "/portal/applications/edit.xhtml", name));
    }
    for (String path :
        List.of(
            "/portal/applications/view.xhtml",
            "/portal/applications/attachments.xhtml",
            "/portal/applications/attachment",
            "/portal/applications/application.pdf",
            "/portal/applications/fee-slip.pdf")) {
      p.add(new Param("portal", lawyerSession, path, "id"));
    }
    p.add(new Param("portal", anonymous, "/portal/login.xhtml", "reason"));
    p.add(new Param("portal", anonymous, "/portal/registration/start.xhtml", "invitation"));
    p.add(new Param("portal", anonymous, "/portal/registration/password.xhtml", "token"));
    p.add(new Param("portal", anonymous, "/portal/password/reset.xhtml", "token"));
    p.add(new Param("portal", anonymous, "/portal/account/confirm-email.xhtml", "token"));
    for (String name :
        List.of(
            "queue",
            "procedure",
            "status",
            "receipt",
            "sort",
            "afterTime",
            "afterReceipt",
            "afterId")) {
      p.add(new Param("console", officer, "/console/index.xhtml", name));
    }
    for (String path :
        List.of(
            "/console/cases/view.xhtml",
            "/console/cases/document",
            "/console/cases/application.pdf")) {
      p.add(new Param("console", officer, path, "id"));
    }
    p.add(new Param("console", officer, "/console/cases/document", "case"));
    p.add(new Param("console", officer, "/console/dashboard.csv", "table"));
    p.add(new Param("console", officer, "/console/cases/queue.csv", "queue"));
    p.add(new Param("console", officer, "/console/dashboard.xhtml", "bureau"));
    p.add(new Param("console", officer, "/console/dashboard.csv", "bureau"));
    for (String name : List.of("failed", "until", "reason")) {
      p.add(new Param("console", anonymous, "/console/login.xhtml", name));
    }
    return p;
  }

  @TestFactory
  Stream<DynamicTest> queryParameters() {
    return params().stream()
        .flatMap(
            param ->
                QUERY_PAYLOADS.stream()
                    .map(
                        payload ->
                            DynamicTest.dynamicTest(
                                param.path() + "?" + param.name() + "=" + payload.name(),
                                () -> {
                                  HttpResponse<String> r =
                                      param
                                          .session()
                                          .get()
                                          .get(
                                              param.path()
                                                  + "?"
                                                  + param.name()
                                                  + "="
                                                  + payload.encoded());
                                  verdict(r, payload, "GET " + param.path());
                                  String key = param.path() + "?" + param.name();
                                  if (!payload.refused() && IDS.contains(key)) {
                                    // another's, missing or not a number: 404, or on a page
                                    // the bilingual message of the converter
                                    if (r.statusCode() != 404) {
                                      assertThat(r.statusCode()).isEqualTo(200);
                                      assertThat(key).endsWith(".xhtml?id");
                                      assertThat(r.body())
                                          .contains("正しくありません")
                                          .contains("is not valid");
                                    }
                                  }
                                  if (!payload.refused()
                                      && CHOICES.contains(param.path() + "?" + param.name())) {
                                    // a value no list offers: shown without it, and said so
                                    assertThat(r.statusCode()).isEqualTo(200);
                                    assertThat(r.body())
                                        .contains("正しくないため")
                                        .contains("is not valid");
                                  }
                                })));
  }

  // ---------------------------------------------------------------- form fields

  /** A form to fill: where it is, which button sends it, and what it would store. */
  record Target(
      String name,
      Supplier<WebSession> session,
      Supplier<String> path,
      String form,
      String button,
      Map<String, Supplier<String>> valid,
      Function<String, String> storedSince) {}

  static List<Target> targets() {
    List<Target> t = new ArrayList<>();
    Supplier<WebSession> anonymous = WebSession::anonymous;
    t.add(
        new Target(
            "portal login",
            anonymous,
            () -> "/portal/login.xhtml",
            "login",
            "login:submit",
            Map.of(),
            path -> null));
    t.add(
        new Target(
            "registration",
            anonymous,
            () -> "/portal/registration/start.xhtml",
            "registration",
            "registration:submit",
            registrationValues(),
            path ->
                Database.string(
                    "select count(*) || ':' || coalesce(max(id), 0) from registration")));
    t.add(
        new Target(
            "forgotten password",
            anonymous,
            () -> "/portal/password/forgot.xhtml",
            "forgot",
            "forgot:send",
            Map.of(),
            path -> Database.string("select count(*) from account_token")));
    t.add(
        new Target(
            "account details",
            () -> portal,
            () -> "/portal/account/index.xhtml",
            "details",
            "details:save",
            Map.of(),
            path ->
                Database.string(
                    "select md5(p::text) from practitioner p where auth_id = ?", lawyer)));
    t.add(
        new Target(
            "account e-mail",
            () -> portal,
            () -> "/portal/account/index.xhtml",
            "emailForm",
            "emailForm:changeEmail",
            Map.of(),
            path ->
                Database.string(
                    "select md5(p::text) from practitioner p where auth_id = ?", lawyer)));
    t.add(
        new Target(
            "office foundation",
            () -> WebSession.portal(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD),
            () -> "/portal/office/index.xhtml",
            "found",
            "found:create",
            Map.of(),
            path -> Database.string("select count(*) from office")));
    for (int step = 1; step <= 5; step++) {
      int s = step;
      t.add(
          new Target(
              "draft step " + s,
              () -> portal,
              () -> "/portal/applications/edit.xhtml?id=" + draftId + "&step=" + s,
              "draft",
              "draft:save",
              Map.of(),
              path -> draftContent()));
    }
    t.add(
        new Target(
            "withdrawal",
            () -> portal,
            () -> "/portal/applications/view.xhtml?id=" + submittedCase(lawyer, "UNDER_REVIEW"),
            "withdrawal",
            "withdrawal:withdraw",
            Map.of(),
            path -> caseContent(path)));
    t.add(
        new Target(
            "console login",
            anonymous,
            () -> "/console/login.xhtml",
            "login",
            "login:submit",
            Map.of(),
            path -> null));
    t.add(
        new Target(
            "追完 request",
            () -> examiner,
            () -> "/console/cases/view.xhtml?id=" + submittedCase(lawyer, "UNDER_REVIEW"),
            "documents",
            "documents:request",
            Map.of(
                "documents:items",
                () -> "在職証明書",
                "documents:due",
                () -> java.time.LocalDate.now().plusDays(14).toString()),
            path -> caseContent(path)));
    t.add(
        new Target(
            "denial proposal",
            () -> examiner,
            () -> "/console/cases/view.xhtml?id=" + submittedCase(lawyer, "UNDER_REVIEW"),
            "denial",
            "denial:proposeDenial",
            Map.of(),
            path -> caseContent(path)));
    t.add(
        new Target(
            "case note",
            () -> examiner,
            () -> "/console/cases/view.xhtml?id=" + submittedCase(lawyer, "UNDER_REVIEW"),
            "noteForm",
            "noteForm:addNote",
            Map.of(),
            path -> caseContent(path)));
    return t;
  }

  private static Map<String, Supplier<String>> registrationValues() {
    Map<String, Supplier<String>> v = new LinkedHashMap<>();
    v.put("registration:fullName", () -> "試験 太郎");
    v.put("registration:fullNameKana", () -> "シケン タロウ");
    v.put("registration:email", () -> "hostile-" + ConsoleFixtures.uniqueToken() + "@example.jp");
    v.put("registration:phone", () -> "0312345678");
    v.put("registration:postalCode", () -> "100-0013");
    v.put("registration:address", () -> "東京都千代田区霞が関1-1-1");
    v.put("registration:certificateNumber", ConsoleFixtures::uniqueCertificateNumber);
    v.put("registration:certificateExpiry_input", () -> "2029-03-31");
    v.put("registration:unitAssociation", () -> "第一東京弁護士会");
    v.put("registration:terms", () -> "true");
    return v;
  }

  private static String draftContent() {
    return Database.string(
        "select md5(a::text) || (select count(*) from application_family where application_id = a.id)"
            + " || (select count(*) from application_accompanying where application_id = a.id)"
            + " from application a where id = ?",
        draftId);
  }

  /** The case's row, its 追完 requests, denial proposals and notes, as one fingerprint. */
  private static String caseContent(String path) {
    long id = Long.parseLong(path.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    return Database.string(
        "select md5(a::text)"
            + " || (select count(*) from document_request where application_id = a.id)"
            + " || (select count(*) from denial_proposal where application_id = a.id)"
            + " || (select count(*) from case_note where application_id = a.id)"
            + " from application a where id = ?",
        id);
  }

  /** A submitted application of the lawyer, routed to Tokyo and examined by tokyo.examiner. */
  static long submittedCase(String authId, String state) {
    return CaseRows.submitted(authId, state, "TOKYO", Fixtures.TOKYO_EXAMINER);
  }

  @TestFactory
  Stream<DynamicTest> formFields() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : targets()) {
      // the fields are those of the page as served now
      WebSession probe = target.session().get();
      String path = target.path().get();
      HttpResponse<String> page = probe.get(path);
      assertThat(page.statusCode()).as(target.name() + " " + path).isEqualTo(200);
      List<String> fields =
          target.name().equals("registration")
              ? registrationValues().keySet().stream()
                  .filter(f -> !f.equals("registration:terms"))
                  .toList()
              : JsfForm.of(page.body(), target.form()).textFields();
      if (!target.name().startsWith("draft step")) {
        // a step of the wizard may have no text field (the family step without rows)
        assertThat(fields).as("text fields of " + target.name()).isNotEmpty();
      }
      for (String field : fields) {
        for (Payload payload : FIELD_PAYLOADS) {
          tests.add(
              DynamicTest.dynamicTest(
                  target.name() + " " + field + " = " + payload.name(),
                  () -> postOne(target, field, payload)));
        }
      }
    }
    return tests.stream();
  }

  private static void postOne(Target target, String field, Payload payload) {
    WebSession session = target.session().get();
    String path = target.path().get();
    HttpResponse<String> page = session.get(path);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    JsfForm form = prepared(target, session, path, JsfForm.of(page.body(), target.form()));
    target.valid().forEach((name, value) -> form.set(name, value.get()));
    form.setEncoded(field, payload.encoded());
    String before = target.storedSince().apply(path);
    HttpResponse<String> r = session.postEncoded(postPath(path), form.body(target.button()));
    verdict(r, payload, target.name() + " " + field);
    String after = target.storedSince().apply(path);
    if (r.statusCode() == 302 || r.statusCode() == 303) {
      // accepted: what it shows next must be escaped too
      String location = WebSession.location(r);
      String next = location.substring(location.indexOf("/", location.indexOf("//") + 2));
      HttpResponse<String> shown = session.get(next);
      assertNoLeak(shown, target.name() + " " + field + " shown at " + next);
    } else if (r.statusCode() >= 400 || r.body().contains("ui-messages-error")) {
      assertThat(after)
          .as("refused, so nothing stored: " + target.name() + " " + field)
          .isEqualTo(before);
    }
    // else accepted on the page itself (a 200 with no refusal, e.g. the office founded): the
    // answer was checked for leaks above
  }

  private static final java.util.regex.Pattern PARTIAL_VIEW_STATE =
      java.util.regex.Pattern.compile(
          "jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  /**
   * The registration form shows the fields of a kind of user once the kind is chosen (an AJAX
   * request, as the browser sends it on change): choose the lawyer first.
   */
  private static JsfForm prepared(Target target, WebSession session, String path, JsfForm form) {
    if (!target.name().equals("registration")) {
      return form;
    }
    Map<String, String> ajax = new LinkedHashMap<>();
    ajax.put("registration", "registration");
    ajax.put("registration:kind", "LAWYER_SCRIVENER");
    ajax.put("jakarta.faces.ViewState", form.viewState());
    ajax.put("jakarta.faces.source", "registration:kind");
    ajax.put("jakarta.faces.partial.event", "change");
    ajax.put("jakarta.faces.partial.execute", "registration:kind");
    ajax.put("jakarta.faces.partial.render", "registration:fields");
    ajax.put("jakarta.faces.behavior.event", "valueChange");
    ajax.put("jakarta.faces.partial.ajax", "true");
    HttpResponse<String> chosen = session.post(path, ajax);
    assertThat(chosen.statusCode()).as("choosing the kind").isEqualTo(200);
    assertThat(chosen.body()).contains("certificateNumber");
    java.util.regex.Matcher state = PARTIAL_VIEW_STATE.matcher(chosen.body());
    if (state.find()) {
      form.set("jakarta.faces.ViewState", state.group(1));
    }
    form.set("registration:kind", "LAWYER_SCRIVENER");
    return form;
  }

  /** JSF posts to the page's own address; the query (the GET's view parameters) is kept. */
  private static String postPath(String path) {
    return path;
  }

  // ---------------------------------------------------------------- forged view states

  @TestFactory
  Stream<DynamicTest> forgedViewStates() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : targets()) {
      if (!Set.of("portal login", "registration", "draft step 1", "console login", "case note")
          .contains(target.name())) {
        continue;
      }
      for (Payload state : VIEW_STATES) {
        tests.add(
            DynamicTest.dynamicTest(
                target.name() + " view state " + state.name(),
                () -> {
                  WebSession session = target.session().get();
                  String path = target.path().get();
                  HttpResponse<String> page = session.get(path);
                  JsfForm form =
                      prepared(target, session, path, JsfForm.of(page.body(), target.form()));
                  target.valid().forEach((name, value) -> form.set(name, value.get()));
                  form.setEncoded("jakarta.faces.ViewState", state.encoded());
                  String before = target.storedSince().apply(path);
                  HttpResponse<String> r = session.postEncoded(path, form.body(target.button()));
                  verdict(r, state, target.name() + " view state");
                  assertThat(r.statusCode())
                      .as("a view state that is not ours is refused: " + target.name())
                      .isIn(400, 302, 303);
                  if (r.statusCode() == 400) {
                    assertThat(r.body()).contains("もう一度").contains("again");
                  }
                  assertThat(target.storedSince().apply(path)).isEqualTo(before);
                }));
      }
    }
    return tests.stream();
  }

  // ---------------------------------------------------------------- uploads

  record Upload(
      String name, String form, String fileField, String fileName, String type, byte[] content) {}

  static List<Upload> uploads() throws IOException {
    byte[] pdf = pdf(doc -> {});
    List<Upload> u = new ArrayList<>();
    u.add(
        new Upload(
            "traversal name",
            "documentForm",
            "documentFile",
            "../../x.pdf",
            "application/pdf",
            pdf));
    u.add(
        new Upload(
            "windows traversal name",
            "documentForm",
            "documentFile",
            "..\\..\\windows\\x.pdf",
            "application/pdf",
            pdf));
    u.add(
        new Upload(
            "script in the name",
            "documentForm",
            "documentFile",
            SCRIPT + ".pdf",
            "application/pdf",
            pdf));
    u.add(
        new Upload(
            "bidi override name",
            "documentForm",
            "documentFile",
            "invoice\u202Efdp.exe",
            "application/pdf",
            pdf));
    u.add(
        new Upload(
            "control characters in the name",
            "documentForm",
            "documentFile",
            "a\u0007b\u001b.pdf",
            "application/pdf",
            pdf));
    u.add(
        new Upload(
            "over-long name",
            "documentForm",
            "documentFile",
            "あ".repeat(600) + ".pdf",
            "application/pdf",
            pdf));
    u.add(
        new Upload(
            "empty file",
            "documentForm",
            "documentFile",
            "empty.pdf",
            "application/pdf",
            new byte[0]));
    u.add(
        new Upload(
            "HTML as PDF",
            "documentForm",
            "documentFile",
            "page.pdf",
            "application/pdf",
            ("<html><body>" + SCRIPT + "</body></html>").getBytes(StandardCharsets.UTF_8)));
    u.add(
        new Upload(
            "JPEG/PDF polyglot",
            "documentForm",
            "documentFile",
            "poly.pdf",
            "application/pdf",
            concat(jpegHeader(), pdf)));
    u.add(
        new Upload(
            "PDF/HTML polyglot",
            "documentForm",
            "documentFile",
            "poly2.pdf",
            "application/pdf",
            concat(pdf, ("<html>" + SCRIPT).getBytes(StandardCharsets.UTF_8))));
    u.add(
        new Upload(
            "encrypted PDF",
            "documentForm",
            "documentFile",
            "locked.pdf",
            "application/pdf",
            encryptedPdf()));
    u.add(
        new Upload(
            "PDF with JavaScript",
            "documentForm",
            "documentFile",
            "script.pdf",
            "application/pdf",
            pdf(
                doc ->
                    doc.getDocumentCatalog()
                        .setOpenAction(new PDActionJavaScript("app.alert('zairyu');")))));
    u.add(
        new Upload(
            "nested-filter bomb",
            "documentForm",
            "documentFile",
            "bomb.pdf",
            "application/pdf",
            nestedFilterBomb()));
    u.add(
        new Upload(
            "truncated PDF",
            "documentForm",
            "documentFile",
            "cut.pdf",
            "application/pdf",
            java.util.Arrays.copyOf(pdf, pdf.length / 2)));
    u.add(new Upload("PDF as photo", "photoForm", "photoFile", "photo.jpg", "image/jpeg", pdf));
    u.add(
        new Upload(
            "truncated JPEG as photo",
            "photoForm",
            "photoFile",
            "photo.jpg",
            "image/jpeg",
            jpegHeader()));
    u.add(
        new Upload(
            "traversal photo name",
            "photoForm",
            "photoFile",
            "../../../etc/passwd.jpg",
            "image/jpeg",
            jpegHeader()));
    return u;
  }

  @TestFactory
  Stream<DynamicTest> hostileUploads() throws IOException {
    return uploads().stream()
        .map(
            upload ->
                DynamicTest.dynamicTest(
                    "upload " + upload.name(),
                    () -> {
                      String path = "/portal/applications/attachments.xhtml?id=" + draftId;
                      HttpResponse<String> page = portal.get(path);
                      assertThat(page.statusCode()).isEqualTo(200);
                      JsfForm form = JsfForm.of(page.body(), upload.form());
                      Map<String, String> fields = new LinkedHashMap<>(form.values());
                      String button =
                          upload.form().equals("photoForm")
                              ? "photoForm:uploadPhoto"
                              : "documentForm:uploadDocument";
                      fields.put(button, "");
                      String before = attachments();
                      HttpResponse<String> r =
                          portal.postMultipart(
                              path,
                              fields,
                              upload.form() + ":" + upload.fileField(),
                              upload.fileName(),
                              upload.type(),
                              upload.content());
                      verdict(r, Payload.text(upload.name(), ""), "upload " + upload.name());
                      String after = attachments();
                      if (!after.equals(before)) {
                        // accepted: stored whole, under a name that leads nowhere
                        String name =
                            Database.string(
                                "select file_name from attachment where application_id = ?"
                                    + " order by id desc limit 1",
                                draftId);
                        assertThat(name)
                            .doesNotContain("/")
                            .doesNotContain("\\")
                            .doesNotContain("..");
                        assertThat(name).doesNotContain("\u202E").doesNotContain("<");
                        assertThat(
                                Database.string(
                                    "select count(*) from attachment a left join attachment_content c"
                                        + " on c.attachment_id = a.id where a.application_id = ?"
                                        + " and c.attachment_id is null",
                                    draftId))
                            .as("every attachment row has its content")
                            .isEqualTo("0");
                        assertNoLeak(portal.get(path), "attachments after " + upload.name());
                        Database.update(
                            "delete from attachment_content where attachment_id in"
                                + " (select id from attachment where application_id = ?)",
                            draftId);
                        Database.update("delete from attachment where application_id = ?", draftId);
                      }
                    }));
  }

  private static String attachments() {
    return Database.string(
        "select count(*) || ':' || coalesce(sum(size_bytes), 0) from attachment where application_id = ?",
        draftId);
  }

  // ---------------------------------------------------------------- verdicts

  private static void verdict(HttpResponse<String> r, Payload payload, String where) {
    rows.incrementAndGet();
    String v = r.statusCode() / 100 == 3 ? "redirect" : Integer.toString(r.statusCode());
    verdicts.computeIfAbsent(v, k -> new AtomicInteger()).incrementAndGet();
    assertNoLeak(r, where + " " + payload.name());
    if (payload.refused()) {
      assertThat(r.statusCode())
          .as(where + " " + payload.name() + " is refused with 400: " + abbreviate(r.body()))
          .isEqualTo(400);
      assertThat(r.body()).contains("使用できない文字").contains("cannot be used");
    }
  }

  private static void assertNoLeak(HttpResponse<String> r, String where) {
    assertThat(r.statusCode()).as(where + " answered " + abbreviate(r.body())).isLessThan(500);
    String body = r.body();
    assertThat(STACK_TRACE.matcher(body).find())
        .as(where + ": no stack trace in " + abbreviate(body))
        .isFalse();
    assertThat(body)
        .as(where + ": reflected input is escaped")
        .doesNotContain(SCRIPT)
        .doesNotContain(IMG);
  }

  /** An exception's message line or a frame of its stack, as a stack trace shows them. */
  private static final java.util.regex.Pattern STACK_TRACE =
      java.util.regex.Pattern.compile(
          "(\\w+(Exception|Error): )|(\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\))|Caused by: ");

  private static String abbreviate(String body) {
    String text =
        body.replaceAll("(?s)<head>.*?</head>", "")
            .replaceAll("<[^>]+>", " ")
            .replaceAll("\\s+", " ");
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }

  // ---------------------------------------------------------------- hostile files

  interface DocEdit {
    void apply(PDDocument doc) throws IOException;
  }

  static byte[] pdf(DocEdit edit) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      edit.apply(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] encryptedPdf() throws IOException {
    return pdf(
        doc -> {
          StandardProtectionPolicy policy =
              new StandardProtectionPolicy("owner", "user", new AccessPermission());
          policy.setEncryptionKeyLength(128);
          doc.protect(policy);
        });
  }

  /**
   * A small PDF whose one stream is deflated three times over (FlateDecode three times in its
   * filter list); the innermost level is 16 MiB of zeros.
   */
  static byte[] nestedFilterBomb() {
    byte[] data = new byte[16 * 1024 * 1024];
    byte[] once = deflate(data);
    byte[] inner = once;
    // the once-deflated block four times over (a reader inflating the first copy gets 16 MiB)
    ByteArrayOutputStream many = new ByteArrayOutputStream();
    for (int i = 0; i < 4; i++) {
      many.writeBytes(inner);
    }
    byte[] twice = deflate(many.toByteArray());
    byte[] thrice = deflate(twice);
    String head =
        "%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            + "4 0 obj<</Length "
            + thrice.length
            + "/Filter[/FlateDecode/FlateDecode/FlateDecode]>>stream\n";
    String tail = "\nendstream endobj\ntrailer<</Root 1 0 R/Size 5>>\n%%EOF\n";
    return concat(
        head.getBytes(StandardCharsets.ISO_8859_1),
        concat(thrice, tail.getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static byte[] jpegHeader() {
    return new byte[] {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xE0,
      0,
      16,
      'J',
      'F',
      'I',
      'F',
      0,
      1,
      1,
      0,
      0,
      1,
      0,
      1,
      0,
      0
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
