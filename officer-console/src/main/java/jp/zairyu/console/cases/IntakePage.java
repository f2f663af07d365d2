package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.application.CaseRow;
import jp.zairyu.application.ExaminationService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResidenceStatus;
import jp.zairyu.domain.model.application.WorkQueue;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.web.messages.Messages;

/**
 * 受付一覧 and the other work queues of the officer's home bureau: one queue at a time, filtered by
 * procedure, status and receipt number, in the order chosen, a keyset page at a time (the address
 * bar keeps it all). Examiners take the next new case; supervisors assign cases to examiners.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));
  static final int PAGE_SIZE = 50;

  @EJB private ExaminationService examination;

  private String queue;
  private String procedure;
  private String status;
  private String receipt;
  private String sort;
  private String afterTime;
  private String afterReceipt;
  private Long afterId;

  private String bureau;
  private List<Row> rows = List.of();
  private WorkQueue next;
  private List<Examiner> examiners = List.of();
  private final Map<Long, String> assignees = new HashMap<>();
  private List<Waiting> awaiting = List.of();

  public void load() {
    ignoreUnknownFilters();
    Officer me = examination.me();
    bureau =
        BureauDirectory.standard()
            .byCode(me.bureauCode())
            .map(b -> b.nameJa() + " / " + b.nameEn())
            .orElse(me.bureauCode());
    WorkQueue.Cursor after = null;
    if (afterTime != null && afterId != null) {
      try {
        // The exact instant (microseconds, as stored): a rounded one would show a row twice.
        after =
            new WorkQueue.Cursor(
                Instant.parse(afterTime), afterReceipt == null ? "" : afterReceipt, afterId);
      } catch (java.time.format.DateTimeParseException e) {
        Messages.status(
            "ページの指定が正しくないため、最初のページを表示します。",
            "The page asked for is not valid; this is the first page.");
        afterId = null;
      }
    }
    ExaminationService.QueuePage page =
        examination.queue(
            selectedQueue(), procedure, status, receipt, selectedSort(), after, PAGE_SIZE);
    Instant now = Instant.now();
    rows = page.rows().stream().map(r -> Row.of(r, now)).toList();
    next = page.next();
    if (isSupervisor()) {
      examiners = examination.examinersOfMyBureau().stream().map(Examiner::of).toList();
    }
    if (isIntake() && isFirstPage()) {
      // Under the new applications: what waits for a supervisor (a denial to confirm) or for
      // issuance, so nobody has to look for it.
      awaiting = examination.awaitingOfficers().stream().map(Waiting::of).toList();
    }
  }

  /**
   * A queue, order, procedure or status no link of the page offers (an edited address): left out,
   * and the page says so instead of silently showing something else.
   */
  private void ignoreUnknownFilters() {
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (queue != null
        && !queue.isBlank()
        && Arrays.stream(WorkQueue.Queue.values()).noneMatch(q -> q.name().equals(queue))) {
      queue = null;
      ja.add("一覧");
      en.add("queue");
    }
    if (sort != null
        && !sort.isBlank()
        && Arrays.stream(WorkQueue.Sort.values()).noneMatch(s -> s.name().equals(sort))) {
      sort = null;
      ja.add("並び順");
      en.add("order");
    }
    if (procedure != null && !procedure.isBlank() && Procedure.byCode(procedure).isEmpty()) {
      procedure = null;
      ja.add("申請の種類");
      en.add("procedure");
    }
    if (status != null && !status.isBlank() && ResidenceStatus.byCode(status).isEmpty()) {
      status = null;
      ja.add("在留資格");
      en.add("status of residence");
    }
    if (!ja.isEmpty()) {
      Messages.warn(
          "アドレスで指定された条件（" + String.join("、", ja) + "）が正しくないため、その条件を除いて表示しています。",
          "The "
              + String.join(", ", en)
              + " given in the address is not valid; the list is shown without it.");
    }
  }

  /** The examiner takes the oldest new case and goes to it. */
  public String takeNext() {
    Optional<Long> taken = examination.takeNext();
    if (taken.isEmpty()) {
      Messages.status("新しい申請はありません。", "There are no new applications.");
      load();
      return null;
    }
    Messages.info("審査を開始しました。", "You are now examining this case.");
    return "/cases/view?faces-redirect=true&id=" + taken.get();
  }

  /** A supervisor assigns the case of a row to the examiner chosen in that row. */
  public String assign(long applicationId) {
    try {
      examination.assign(applicationId, assignees.get(applicationId));
      Messages.info("審査官を割り当てました。", "The case has been assigned.");
      return "/index?faces-redirect=true&includeViewParams=true";
    } catch (RuleViolation e) {
      Messages.error(e);
      load();
      return null;
    }
  }

  /** Whether any row offers the caller to assign it: the column of examiners is shown. */
  public boolean isAssigning() {
    return rows.stream().anyMatch(Row::assignable);
  }

  public boolean isSupervisor() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getExternalContext().isUserInRole("SUPERVISOR")
        || faces.getExternalContext().isUserInRole("ADMIN");
  }

  private WorkQueue.Queue selectedQueue() {
    return queueOf(queue);
  }

  private WorkQueue.Sort selectedSort() {
    return sortOf(sort);
  }

  /** The queue a request names (an unknown name: the new applications). */
  static WorkQueue.Queue queueOf(String name) {
    return Arrays.stream(WorkQueue.Queue.values())
        .filter(q -> q.name().equals(name))
        .findFirst()
        .orElse(WorkQueue.Queue.INTAKE);
  }

  /** The order a request names (an unknown name: waiting longest first). */
  static WorkQueue.Sort sortOf(String name) {
    return Arrays.stream(WorkQueue.Sort.values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElse(WorkQueue.Sort.WAITING_LONGEST);
  }

  public String getQueueCode() {
    return selectedQueue().name();
  }

  public String getQueueLabel() {
    return switch (selectedQueue()) {
      case INTAKE -> "新しい申請 / New applications";
      case MINE -> "担当案件 / My cases";
      case EXAMINATION -> "審査中の案件 / Cases under examination";
      case DOCUMENTS -> "追完待ち / Waiting for documents";
      case ISSUANCE -> "発行待ち / Waiting for issuance";
    };
  }

  public String getSortLabel() {
    return switch (selectedSort()) {
      case WAITING_LONGEST -> "待ち日数の長い順 / waiting longest first";
      case NEWEST -> "新しい順 / newest first";
      case RECEIPT -> "受付番号順 / by receipt number";
    };
  }

  /** A queue as a tab of the page. */
  public record Tab(String code, String ja, String en) implements Serializable {}

  private static final List<Tab> TABS =
      List.of(
          new Tab("INTAKE", "新しい申請", "New"),
          new Tab("MINE", "担当案件", "My cases"),
          new Tab("EXAMINATION", "審査中", "Under examination"),
          new Tab("DOCUMENTS", "追完待ち", "Waiting for documents"),
          new Tab("ISSUANCE", "発行待ち", "Waiting for issuance"));

  public List<Tab> getTabs() {
    return TABS;
  }

  public List<WorkQueue.Sort> getSorts() {
    return List.of(WorkQueue.Sort.values());
  }

  public List<Procedure> getProcedures() {
    return Procedure.standaloneProcedures();
  }

  public List<ResidenceStatus> getStatuses() {
    return ResidenceStatus.filableOnline();
  }

  public boolean isIntake() {
    return selectedQueue() == WorkQueue.Queue.INTAKE;
  }

  public boolean isFiltered() {
    return procedure != null || status != null || (receipt != null && !receipt.isBlank());
  }

  public boolean isHasNext() {
    return next != null;
  }

  public boolean isFirstPage() {
    return afterId == null;
  }

  /** Cases waiting for a supervisor's decision on a denial or for issuance (発行待ち). */
  public List<Waiting> getAwaiting() {
    return awaiting;
  }

  /** A case waiting for an officer after the examiner's step. */
  public record Waiting(
      long id, String receiptNumber, String procedure, String applicant, String what)
      implements Serializable {

    static Waiting of(CaseRow.Awaiting waiting) {
      CaseRow a = waiting.row();
      return new Waiting(
          a.id(), a.receiptNumber(), a.procedureJa(), a.applicant(), waitingFor(waiting));
    }

    /** What the case waits for, from the counts the query made (no more reading per row). */
    private static String waitingFor(CaseRow.Awaiting waiting) {
      List<String> what = new ArrayList<>();
      if (waiting.denialPending()) {
        what.add(waiting.denialJa() + "の決裁待ち / Denial to confirm");
      } else if (waiting.state() == ApplicationState.APPROVED_AWAITING_ISSUANCE) {
        what.add(waiting.stateJa() + " / " + waiting.stateEn());
      }
      if (waiting.openCorrections() > 0) {
        what.add("訂正の申出（未確認） / Correction to read");
      }
      return String.join("、", what);
    }

    public long getId() {
      return id;
    }

    public String getReceiptNumber() {
      return receiptNumber;
    }

    public String getProcedure() {
      return procedure;
    }

    public String getApplicant() {
      return applicant;
    }

    public String getWhat() {
      return what;
    }
  }

  /** The CSV of this queue with the same filters and order (the page's own parameters). */
  public String getExportPath() {
    return path("/cases/queue.csv", null);
  }

  /** The first page of this queue, same filters and order. */
  public String getFirstPagePath() {
    return path("/index.xhtml", null);
  }

  /** The page after this one: same filters and order, starting after the last row shown. */
  public String getNextPagePath() {
    if (next == null) {
      return null;
    }
    WorkQueue.Cursor cursor = next.after();
    return path(
        "/index.xhtml",
        new String[][] {
          {"afterTime", cursor.submittedAt().toString()},
          {"afterReceipt", cursor.receiptNumber()},
          {"afterId", Long.toString(cursor.id())}
        });
  }

  private String path(String page, String[][] more) {
    StringBuilder path = new StringBuilder(page).append("?queue=").append(getQueueCode());
    List<String[]> parameters =
        new java.util.ArrayList<>(
            List.of(
                new String[] {"procedure", procedure},
                new String[] {"status", status},
                new String[] {"receipt", receipt},
                new String[] {"sort", sort}));
    if (more != null) {
      parameters.addAll(List.of(more));
    }
    for (String[] p : parameters) {
      if (p[1] != null && !p[1].isBlank()) {
        path.append('&')
            .append(p[0])
            .append('=')
            .append(java.net.URLEncoder.encode(p[1], java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return path.toString();
  }

  public String getBureau() {
    return bureau;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** An examiner a supervisor may assign a case to (kept with the view, so serializable). */
  public record Examiner(String loginId, String fullName) implements java.io.Serializable {

    static Examiner of(Officer o) {
      return new Examiner(o.loginId(), o.fullName());
    }
  }

  public List<Examiner> getExaminers() {
    return examiners;
  }

  public Map<Long, String> getAssignees() {
    return assignees;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public String getProcedure() {
    return procedure;
  }

  public void setProcedure(String procedure) {
    this.procedure = procedure;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getReceipt() {
    return receipt;
  }

  public void setReceipt(String receipt) {
    this.receipt = receipt;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getAfterTime() {
    return afterTime;
  }

  public void setAfterTime(String afterTime) {
    this.afterTime = afterTime;
  }

  public String getAfterReceipt() {
    return afterReceipt;
  }

  public void setAfterReceipt(String afterReceipt) {
    this.afterReceipt = afterReceipt;
  }

  public Long getAfterId() {
    return afterId;
  }

  public void setAfterId(Long afterId) {
    this.afterId = afterId;
  }

  /** One case in the queue. */
  public record Row(
      long id,
      String receiptNumber,
      String procedure,
      String applicant,
      String prefecture,
      String submitted,
      long daysWaiting,
      boolean assignable)
      implements Serializable {

    static Row of(CaseRow a, Instant now) {
      Instant submitted = a.submittedAt() == null ? now : a.submittedAt();
      return new Row(
          a.id(),
          a.receiptNumber(),
          a.procedureJa(),
          a.applicant(),
          a.prefecture(),
          IntakePage.TIME.format(submitted),
          Duration.between(submitted, now).toDays(),
          a.assignable());
    }

    /** Whether the caller may assign this case (the transition table's ASSIGN, for the caller). */
    public boolean isAssignable() {
      return assignable;
    }

    public long getId() {
      return id;
    }

    public String getReceiptNumber() {
      return receiptNumber;
    }

    public String getProcedure() {
      return procedure;
    }

    public String getApplicant() {
      return applicant;
    }

    public String getPrefecture() {
      return prefecture;
    }

    public String getSubmitted() {
      return submitted;
    }

    public long getDaysWaiting() {
      return daysWaiting;
    }
  }
}
