package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Filing through the six-step form, as a new user would: one application of each procedure (COE,
 * change with a multiple re-entry permit and permission for activity outside status, extension,
 * acquisition, certificate of authorised employment) across statuses whose form asks for an
 * employer, a school, a spouse or nothing; 高度専門職2号's indefinite period, applied for and held;
 * cross-field refusals; a relative, who may file only with the declaration; two tabs; a withdrawal.
 */
class FilingIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

  private static String inDays(int days) {
    return TODAY.plusDays(days).toString();
  }

  @Test
  void aChangeOfStatusWithAReentryPermitAndActivityOutsideStatusGoesThroughEveryStep() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    DraftPage draft = DraftPage.start(browser, base, "CHANGE");
    assertThat(draft.heading()).contains("在留資格変更許可申請");
    assertThat(draft.fee()).contains("5,500円");
    draft.reentry("MULTIPLE");
    assertThat(draft.fee()).contains("12,000円");

    String name = Fixtures.uniqueName("CHANGE");
    draft
        .currentStatus("STUDENT")
        .desiredStatus("HSP", "1号ロ")
        .activityOutside()
        .name(name)
        .nationality("インド")
        .dateOfBirth("1996-06-06")
        .sex("MALE")
        .placeOfBirth("ムンバイ")
        .occupation("大学院生")
        .phone("080-1234-5678")
        .married(true)
        .homeAddress("Mumbai, Maharashtra")
        .residenceCardNumber("KL12345678MN")
        .prefecture("東京都")
        .address("港区六本木1-1");
    // Step 3: a period of stay that ends today cannot be filed online.
    draft.passport("Z1234567", inDays(2000)).currentPeriod(24, inDays(0));
    draft.nextRefused();
    assertThat(draft.messages())
        .anyMatch(m -> m.contains("満了日の当日"))
        .anyMatch(m -> m.contains("last day of the period of stay"));
    draft
        .currentPeriod(24, inDays(45))
        .desiredPeriod(60)
        .reason("大学院修了後、研究開発職として就職するため")
        .noCriminalRecord()
        .familyMember("SPOUSE", "PRIYA SHARMA", "1997-07-07", "インド", true)
        .familyMember("CHILD", "ARJUN SHARMA", "2022-02-02", "インド", true);
    assertThat(draft.familyRows()).isEqualTo(2);
    assertThat(draft.sectionHeading()).contains("所属機関");
    draft.employer("株式会社未来技術", "東京都港区芝浦3-1-1", "03-5555-0000", "AI研究開発", 7_200_000);
    assertThat(draft.missing()).isEmpty();
    ApplicationViewPage view = draft.attachFacePhoto().submitAndView();
    String receipt = view.receiptNumber();
    assertThat(receipt).matches("TOKYO-\\d{4}-\\d{7}"); // 東京都: the Tokyo bureau's series
    // The foreign national hears of it at their own address, from the agent's name.
    Mailbox applicant = Mailbox.of("applicant@example.jp");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(() -> !applicant.matching(m -> m.subject().contains(receipt)).isEmpty());
    assertThat(applicant.matching(m -> m.subject().contains(receipt)).get(0).body())
        .contains(name)
        .contains("has filed your application");
    assertThat(view.fact("currentStatus")).contains("留学");
    assertThat(view.fact("desiredStatus")).contains("高度専門職 1号ロ");
    assertThat(view.fact("addOns")).contains("数次").contains("資格外活動許可");
    // Every section, read-only.
    assertThat(view.fact("form-sex")).contains("男");
    assertThat(view.fact("form-married")).contains("有");
    assertThat(view.fact("form-homeAddress")).isEqualTo("Mumbai, Maharashtra");
    assertThat(view.fact("form-passportNumber")).isEqualTo("Z1234567");
    assertThat(view.fact("form-currentPeriod")).isEqualTo("2年");
    assertThat(view.fact("form-desiredPeriod")).isEqualTo("5年");
    assertThat(view.fact("form-criminalRecord")).contains("無");
    assertThat(view.fact("form-family-2")).contains("ARJUN SHARMA").contains("子");
    assertThat(view.fact("form-sponsorName")).isEqualTo("株式会社未来技術");
    assertThat(view.fact("form-sponsorIncome")).contains("7,200,000円");
    assertThat(
            Database.string(
                "select procedure_code || ' ' || reentry || ' ' || activity_outside || ' '"
                    + " || desired_status || ' ' || desired_status_subtype || ' ' || passport_number"
                    + " || ' ' || desired_period_months || ' ' || sponsor_annual_income_yen"
                    + " || ' ' || (select count(*) from application_family f"
                    + " where f.application_id = a.id) from application a"
                    + " where applicant_name = ?",
                name))
        .isEqualTo("CHANGE MULTIPLE true HSP 1号ロ Z1234567 60 7200000 2");
  }

  @Test
  void aCertificateOfEligibilityForAStudentAbroadNeedsNoCardButTheEntry() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    String name = Fixtures.uniqueName("COE");
    DraftPage draft =
        DraftPage.start(browser, base, "COE")
            .desiredStatus("STUDENT", null)
            .name(name)
            .nationality("ネパール")
            .dateOfBirth("2004-04-04")
            .sex("FEMALE")
            .occupation("学生")
            .phone("+977-1-4412345")
            .married(false)
            .homeAddress("Kathmandu, Bagmati")
            .prefecture("京都府")
            .passport("PA0012345", inDays(3000))
            .desiredPeriod(27)
            .reason("日本語学校で日本語を学ぶため")
            .noCriminalRecord();
    // Abroad: the place of birth and the entry are asked, no card nor address in Japan.
    assertThat(draft.missing())
        .anyMatch(m -> m.contains("出生地"))
        .anyMatch(m -> m.contains("入国予定港"))
        .anyMatch(m -> m.contains("同伴者の有無"))
        .noneMatch(m -> m.contains("在留カード番号"))
        .noneMatch(m -> m.contains("住居地"));
    draft
        .placeOfBirth("カトマンズ")
        .entry("関西国際空港", inDays(120))
        .accompanyingPerson("SIBLING", "SHARMA RITA", "2007-07-07", "ネパール")
        .accompanyingPerson("MOTHER", "SHARMA GITA", "1975-05-05", "ネパール");
    assertThat(draft.accompanyingRows()).isEqualTo(2);
    draft.school("京都日本語学院", "京都府京都市左京区1-1", "075-123-4567", "日本語科 2年コース");
    assertThat(draft.sectionHeading()).contains("学校");
    ApplicationViewPage view = draft.attachFacePhoto().submitAndView();
    assertThat(view.receiptNumber()).matches("OSAKA-\\d{4}-\\d{7}"); // 京都府: Osaka bureau
    assertThat(view.fact("form-entryPort")).isEqualTo("関西国際空港");
    assertThat(view.fact("form-sponsorName")).isEqualTo("京都日本語学院");
    assertThat(view.fact("form-card")).isEqualTo("—");
    assertThat(view.fact("form-accompanied")).contains("有");
    assertThat(view.fact("form-accompanying-2")).contains("SHARMA GITA").contains("母");
    assertThat(
            Database.string(
                "select a.accompanied || ' ' || string_agg(p.name, ',' order by p.position)"
                    + " from application a join application_accompanying p"
                    + " on p.application_id = a.id where a.applicant_name = ?"
                    + " group by a.accompanied",
                name))
        .isEqualTo("true SHARMA RITA,SHARMA GITA");
  }

  @Test
  void anExtensionForASpouseWithACriminalRecordAndARemovedFamilyRow() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    String name = Fixtures.uniqueName("SPOUSE");
    DraftPage draft =
        DraftPage.start(browser, base, "EXTENSION")
            .currentStatus("SPOUSE_OF_JAPANESE")
            .name(name)
            .nationality("フィリピン")
            .dateOfBirth("1990-09-09")
            .sex("FEMALE")
            .occupation("主婦")
            .phone("09012345678")
            .married(true)
            .homeAddress("Manila, Metro Manila")
            .residenceCardNumber("QR12345678ST")
            .prefecture("愛知県")
            .address("名古屋市中区三の丸1-1")
            .passport("P7654321A", inDays(1500))
            .currentPeriod(12, inDays(60))
            .desiredPeriod(36)
            .reason("日本人の夫との婚姻生活を継続するため")
            .criminalRecord("2018年 道路交通法違反（罰金5万円）")
            .familyMember("SPOUSE", "鈴木 一郎", "1985-05-05", "日本", true)
            .familyMember("OTHER", "間違えた行", "2000-01-01", "日本", false)
            .removeFamilyMember(1);
    assertThat(draft.familyRows()).isEqualTo(1);
    assertThat(draft.sectionHeading()).contains("配偶者");
    draft.spouse("鈴木 一郎", "1985-05-05", "日本", "052-123-4567");
    ApplicationViewPage view = draft.attachFacePhoto().submitAndView();
    assertThat(view.receiptNumber()).matches("NAGOYA-\\d{4}-\\d{7}");
    assertThat(view.fact("form-criminalRecord")).contains("有").contains("道路交通法");
    assertThat(view.fact("form-family-1")).contains("鈴木 一郎");
    assertThat(browser.findElements(org.openqa.selenium.By.id("form-family-2"))).isEmpty();
    assertThat(view.fact("form-sponsorNationality")).isEqualTo("日本");
  }

  @Test
  void anAcquisitionAndACertificateOfAuthorisedEmployment() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    // Acquisition (born in Japan): no status nor period held; 定住者 has no part of its own.
    DraftPage acquisition =
        DraftPage.start(browser, base, "ACQUISITION")
            .desiredStatus("LONG_TERM_RESIDENT", null)
            .acquisitionEvent("BIRTH", TODAY.minusDays(20).toString())
            .name(Fixtures.uniqueName("ACQUISITION"))
            .nationality("ブラジル")
            .dateOfBirth(TODAY.minusDays(20).toString())
            .sex("MALE")
            .occupation("なし")
            .phone("0274-12-3456")
            .married(false)
            .homeAddress("São Paulo, Brasil")
            .prefecture("群馬県")
            .address("太田市浜町2-35")
            .passport("BR123456", inDays(1800))
            .desiredPeriod(12)
            .reason("日本で出生したため")
            .noCriminalRecord();
    assertThat(acquisition.sectionHeading()).contains("なし");
    // Issue 16: a child born in Japan has no card; the 30 days from the birth are shown.
    assertThat(acquisition.asksCardNumber()).isFalse();
    assertThat(acquisition.acquisitionDeadline())
        .contains("30日以内")
        .contains("第22条の2")
        .contains(TODAY.minusDays(20).plusDays(30).toString());
    // Under 16: no face photo needed.
    assertThat(acquisition.missing()).isEmpty();
    assertThat(acquisition.submitAndView().receiptNumber()).matches("TOKYO-\\d{4}-\\d{7}");

    DraftPage workCert =
        DraftPage.start(browser, base, "WORK_CERT")
            .currentStatus("ENGINEER_HUMANITIES")
            .name(Fixtures.uniqueName("WORK-CERT"))
            .nationality("中国")
            .dateOfBirth("1991-01-11")
            .sex("FEMALE")
            .occupation("エンジニア")
            .phone("06-1234-5678")
            .married(false)
            .homeAddress("上海市浦東新区")
            .residenceCardNumber("YZ12345678AB")
            .prefecture("大阪府")
            .address("大阪市北区梅田1-1")
            .passport("E12345678", inDays(1000))
            .currentPeriod(36, inDays(400))
            .reason("転職先での就労資格を証明するため")
            .noCriminalRecord()
            .employer("大阪商事株式会社", "大阪市中央区本町1-1", "06-9876-5432", "通訳・翻訳", 5_000_000);
    ApplicationViewPage view = workCert.attachFacePhoto().submitAndView();
    assertThat(view.receiptNumber()).matches("OSAKA-\\d{4}-\\d{7}");
    assertThat(browser.findElements(org.openqa.selenium.By.id("form-desiredPeriod"))).isEmpty();
  }

  @Test
  void aChangeTo高度専門職2号IsIndefiniteAndTheSchoolTypedBeforeDoesNotStay() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    String name = Fixtures.uniqueName("HSP2");
    // First aimed at 留学: the school is typed, a period of months chosen.
    DraftPage draft =
        DraftPage.start(browser, base, "CHANGE")
            .currentStatus("HSP", "1号ロ")
            .desiredStatus("STUDENT", null)
            .name(name)
            .desiredPeriod(24)
            .school("東京大学", "東京都文京区本郷7-3-1", "03-3812-2111", "大学院");
    assertThat(draft.sectionHeading()).contains("学校");
    // Then 高度専門職2号: no school, no months; the period is 無期限.
    draft.desiredStatus("HSP", "2号");
    assertThat(draft.desiredPeriodInMonths()).isFalse();
    assertThat(draft.desiredPeriodIndefinite()).contains("無期限").contains("Indefinite");
    assertThat(draft.sectionHeading()).contains("所属機関");
    assertThat(draft.missing())
        .anyMatch(m -> m.startsWith("勤務先の名称"))
        .noneMatch(m -> m.contains("希望する在留期間"));
    ApplicationViewPage view = draft.restOfTheForm().submitAndView();
    assertThat(view.fact("desiredStatus")).contains("高度専門職 2号");
    assertThat(view.fact("form-desiredPeriod")).isEqualTo("無期限 / Indefinite");
    assertThat(view.fact("form-sponsorName")).isEqualTo("株式会社サンプル");
    assertThat(
            Database.string(
                "select desired_period_indefinite || ' ' || coalesce(desired_period_months::text,"
                    + " '-') || ' ' || sponsor_name || ' ' || coalesce(sponsor_detail, '-')"
                    + " from application where applicant_name = ?",
                name))
        .isEqualTo("true - 株式会社サンプル システム開発");
  }

  @Test
  void a高度専門職2号HolderFilesAChangeWithTheCurrentPeriod無期限AndNoDateOfExpiry() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    String name = Fixtures.uniqueName("HSP2-HOLDER");
    // First the status held is taken for 技術・人文知識・国際業務, with months and a date of expiry.
    DraftPage draft =
        DraftPage.start(browser, base, "CHANGE")
            .currentStatus("ENGINEER_HUMANITIES")
            .desiredStatus("SPOUSE_OF_JAPANESE", null)
            .name(name)
            .currentPeriod(60, inDays(300));
    assertThat(draft.currentPeriodInMonths()).isTrue();
    // The card says 高度専門職2号: the period held is 無期限, with no date of expiry; the months and
    // the date typed before do not stay.
    draft.currentStatus("HSP", "2号");
    assertThat(draft.currentPeriodInMonths()).isFalse();
    assertThat(draft.currentPeriodIndefinite())
        .contains("無期限")
        .contains("Indefinite")
        .contains("在留期間（満了日）");
    assertThat(draft.missing())
        .noneMatch(m -> m.contains("現在の在留期間"))
        .noneMatch(m -> m.contains("満了日"))
        .anyMatch(m -> m.contains("希望する在留期間"));
    ApplicationViewPage view = draft.restOfTheForm().submitAndView();
    assertThat(view.receiptNumber()).matches("TOKYO-\\d{4}-\\d{7}");
    assertThat(view.fact("currentStatus")).contains("高度専門職 2号");
    assertThat(view.fact("form-currentPeriod")).isEqualTo("無期限 / Indefinite");
    assertThat(view.fact("form-currentExpiry")).isEqualTo("無期限 / Indefinite");
    assertThat(view.fact("form-desiredPeriod")).isEqualTo("3年");
    assertThat(
            Database.string(
                "select current_status || ' ' || current_status_subtype || ' '"
                    + " || current_period_indefinite || ' '"
                    + " || coalesce(current_period_months::text, '-') || ' '"
                    + " || coalesce(current_period_expiry::text, '-') || ' '"
                    + " || coalesce(desired_period_indefinite::text, '-') || ' '"
                    + " || desired_period_months from application where applicant_name = ?",
                name))
        .isEqualTo("HSP 2号 true - - false 36");
  }

  @Test
  void whereTheApplicantIsIsAskedWithItsRuleAndAnExtensionForSomeoneAbroadIsRefused() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    // Issue 16: asked, not inferred from the procedure; the rule shown beside the question.
    DraftPage coe = DraftPage.start(browser, base, "COE");
    assertThat(coe.locationRule()).contains("国内・国外のどちらにいても");
    DraftPage draft =
        DraftPage.start(browser, base, "EXTENSION").currentStatus("ENGINEER_HUMANITIES");
    assertThat(draft.locationRule()).contains("日本国内に在留している場合のみ");
    draft.location("ABROAD").nextRefused();
    assertThat(draft.messages())
        .anyMatch(m -> m.contains("日本に在留している方のみ") && m.contains("入管法第21条"))
        .anyMatch(m -> m.contains("only be filed for someone in Japan"));
    assertThat(draft.step()).isEqualTo(1);
    String name = Fixtures.uniqueName("LOCATION");
    draft
        .location("IN_JAPAN")
        .name(name)
        .nationality("ベトナム")
        .dateOfBirth("1995-04-01")
        .prefecture("東京都")
        .address("新宿区西新宿2-8-1")
        .restOfTheForm();
    assertThat(draft.submitAndView().receiptNumber()).matches("TOKYO-\\d{4}-\\d{7}");
    assertThat(
            Database.string(
                "select applicant_location from application where applicant_name = ?", name))
        .isEqualTo("IN_JAPAN");
  }

  @Test
  void designatedActivitiesNeedTheirDesignationAndPermanentResidentsAreTold() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    // Issue 16: 特定活動（出国準備期間） cannot be filed online; the refusal says where to go.
    DraftPage draft =
        DraftPage.start(browser, base, "CHANGE")
            .currentStatus("STUDENT")
            .desiredStatus("DESIGNATED", "出国準備期間")
            .nextRefused();
    assertThat(draft.messages())
        .anyMatch(m -> m.contains("出国準備期間") && m.contains("窓口") && m.contains("window"));
    // With its 告示 number it goes on.
    draft.desiredStatus("ENGINEER_HUMANITIES", null).desiredStatus("DESIGNATED", "46号").next();
    assertThat(draft.step()).isEqualTo(2);
    // A permanent resident cannot extend: the period is indefinite (permanent-residents.csv).
    DraftPage extension =
        DraftPage.start(browser, base, "EXTENSION")
            .currentStatus("PERMANENT_RESIDENT")
            .nextRefused();
    assertThat(extension.messages()).anyMatch(m -> m.contains("永住者") && m.contains("無期限"));
  }

  @Test
  void aChangeWithoutACategoryOrToTheSameStatusIsRefused() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    DraftPage draft =
        DraftPage.start(browser, base, "CHANGE")
            .currentStatus("STUDENT")
            .desiredStatus("STUDENT", null)
            .nextRefused();
    assertThat(draft.messages()).anyMatch(m -> m.contains("現在と異なる在留資格"));
    assertThat(draft.step()).isEqualTo(1);
  }

  @Test
  void aRelativeFilesForAChildUnder16OrWithTheDeclaredReasonAndNeverACertificateOfEmployment() {
    String authId = Accounts.newLawyer();
    Database.update("update practitioner set user_kind = 'RELATIVE' where auth_id = ?", authId);
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    assertThat(browser.getPageSource()).doesNotContain("procedure=WORK_CERT");

    // Issue 16: under 16 on the day of filing (from the date of birth), no declaration is needed.
    DraftPage child =
        DraftPage.open(browser, base + "/portal/applications/edit.xhtml?procedure=EXTENSION")
            .currentStatus("DEPENDENT")
            .resultByMail("applicant@example.jp")
            .name(Fixtures.uniqueName("RELATIVE"))
            .nationality("中国")
            .dateOfBirth(TODAY.minusYears(16).plusDays(1).toString())
            .residenceCardNumber("PQ12345678RS")
            .prefecture("大阪府")
            .address("大阪市北区1-1")
            .restOfTheForm();
    assertThat(child.submitAndView().receiptNumber()).matches("[A-Z]+-\\d{4}-\\d{7}");

    // 17 on the day of filing and nothing declared: refused with the rule quoted.
    String teenager = Fixtures.uniqueName("RELATIVE");
    DraftPage draft =
        DraftPage.open(browser, base + "/portal/applications/edit.xhtml?procedure=EXTENSION")
            .currentStatus("DEPENDENT")
            .resultByMail("applicant@example.jp")
            .name(teenager)
            .nationality("中国")
            .dateOfBirth(TODAY.minusYears(17).toString())
            .residenceCardNumber("PQ12345678RS")
            .prefecture("大阪府")
            .address("大阪市北区1-1")
            .restOfTheForm()
            .submitRefused();
    assertThat(draft.messages())
        .anyMatch(m -> m.contains("16歳未満") && m.contains("病気その他の理由") && m.contains("満17歳"))
        .anyMatch(m -> m.contains("under 16"));
    // The declaration with its reason: filed, the reason kept.
    draft.relativeDeclaration().relativeReason("入院中のため本人が手続できない");
    assertThat(draft.submitAndView().receiptNumber()).matches("[A-Z]+-\\d{4}-\\d{7}");
    assertThat(
            Database.string(
                "select relative_declaration || ' ' || relative_declaration_reason"
                    + " from application where applicant_name = ?",
                teenager))
        .isEqualTo("true 入院中のため本人が手続できない");
  }

  @Test
  void aSecondTabSubmittingTheSameDraftShowsTheOneReceipt() {
    String authId = Accounts.newLawyer();
    WebDriver secondTab = browsers.of("secondTab");
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    String name = Fixtures.uniqueName("TWO-TABS");
    DraftPage first = DraftPage.startTokyoExtension(browser, base, name).restOfTheForm().save();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("id="));
    String draftUrl = browser.getCurrentUrl();

    LoginPage.portal(secondTab, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(secondTab);
    secondTab.get(draftUrl);
    DraftPage second = new DraftPage(secondTab);

    String receipt = first.submitAndView().receiptNumber();
    ApplicationViewPage again = second.submitAndView();
    assertThat(again.receiptNumber()).isEqualTo(receipt);
    assertThat(again.messages()).anyMatch(m -> m.contains("既に提出されています"));
    assertThat(
            Database.string(
                "select count(*) from application where applicant_name = ?"
                    + " and receipt_number is not null",
                name))
        .isEqualTo("1");
  }

  @Test
  void aSubmittedApplicationIsWithdrawnWithAReason() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    ApplicationViewPage view =
        new ApplicationsPage(browser)
            .startExtension()
            .nepaliApplicantInOsaka(Fixtures.uniqueName("WITHDRAW"))
            .restOfTheForm()
            .submitAndView();
    view = view.withdraw(" ");
    assertThat(view.messages()).anyMatch(m -> m.contains("取下げの理由"));
    view = view.withdraw("本人が帰国することになったため");
    assertThat(view.messages()).anyMatch(m -> m.contains("取り下げました"));
    assertThat(view.stateCode()).isEqualTo("WITHDRAWN");
  }
}
