package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.application.ApplicationSearch;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ApplicationSummary;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResidenceStatus;
import jp.zairyu.web.messages.Messages;

/**
 * 申請情報検索 and 一覧: the practitioner's applications, filtered by state, procedure, status, applicant
 * name, receipt number and submission dates, sorted and paged — all as view parameters, so a search
 * is a bookmarkable address.
 *
 * <p>Request-scoped rather than view-scoped: the page posts nothing back (its search form is a GET
 * form, its view is stateless), so every request is a new search and nothing is kept between
 * requests.
 */
@Named
@RequestScoped
public class MyApplicationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;
  @Inject private SearchOptions options;
  @Inject private FacesContext faces;

  static final int PAGE_SIZE = 20;

  private List<ApplicationRow> rows = List.of();
  private List<Procedure> startable = List.of();
  // Empty until load(): it does not run when a view parameter is refused (a bad date).
  private ApplicationSearch.Result result =
      new ApplicationSearch.Result(List.of(), 0, false, 0, PAGE_SIZE);

  // The search, as view parameters (bookmarkable: /index.xhtml?state=SUBMITTED&q=…&page=2).
  private String state;
  private String procedure;
  private String status;
  private String q;
  private String receipt;
  private LocalDate from;
  private LocalDate to;
  private String sort;
  private boolean asc;
  private int page = 1;

  public void load() {
    // A search value no list offers (an edited address): ignored, and the page says so.
    List<String> ignoredJa = new java.util.ArrayList<>();
    List<String> ignoredEn = new java.util.ArrayList<>();
    ApplicationSearch.Sort by = ApplicationSearch.Sort.UPDATED;
    if (sort != null && !sort.isBlank()) {
      by =
          Arrays.stream(ApplicationSearch.Sort.values())
              .filter(s -> s.name().equals(sort))
              .findFirst()
              .orElse(null);
      if (by == null) {
        by = ApplicationSearch.Sort.UPDATED;
        sort = null;
        ignoredJa.add("並び順");
        ignoredEn.add("order");
      }
    }
    if (state != null
        && Arrays.stream(ApplicationState.values()).noneMatch(s -> s.name().equals(state))) {
      state = null;
      ignoredJa.add("状態");
      ignoredEn.add("state");
    }
    if (procedure != null && !procedure.isBlank() && Procedure.byCode(procedure).isEmpty()) {
      procedure = null;
      ignoredJa.add("申請の種類");
      ignoredEn.add("procedure");
    }
    if (status != null && !status.isBlank() && ResidenceStatus.byCode(status).isEmpty()) {
      status = null;
      ignoredJa.add("在留資格");
      ignoredEn.add("status of residence");
    }
    if (!ignoredJa.isEmpty()) {
      Messages.warn(
          "アドレスで指定された検索条件（" + String.join("、", ignoredJa) + "）が正しくないため、その条件を除いて表示しています。",
          "The "
              + String.join(", ", ignoredEn)
              + " given in the address is not valid; the list is shown without it.");
    }
    DraftingService.Home home =
        drafting.home(
            new ApplicationSearch(
                state, procedure, status, q, receipt, from, to, by, asc, page - 1, PAGE_SIZE));
    result = home.applications();
    rows =
        result.rows().stream()
            .map(a -> ApplicationRow.of(a, home.stillNeeded().getOrDefault(a.id(), List.of())))
            .toList();
    startable = home.startable();
  }

  public boolean isFiltered() {
    return state != null
        || procedure != null
        || status != null
        || q != null
        || receipt != null
        || from != null
        || to != null;
  }

  /** What an empty list says: nothing yet, nothing matches, or a page past the last one. */
  public String getEmptyMessage() {
    if (result.total() > 0) {
      return "このページに申請はありません。前のページに戻ってください。 / There are no applications on this page; go back"
          + " a page.";
    }
    return isFiltered()
        ? "条件に合う申請はありません。 / No application matches."
        : "申請はまだありません。 / No applications yet.";
  }

  /** The state filter's options as HTML, the chosen one selected. */
  public String getStateOptions() {
    return options.states(state);
  }

  public String getProcedureOptions() {
    return options.procedures(procedure);
  }

  public String getStatusOptions() {
    return options.statuses(status);
  }

  /** The links to start each procedure this user may start, as HTML list items. */
  public String getStartLinks() {
    return options.startLinks(faces.getExternalContext().getRequestContextPath(), startable);
  }

  /** The number of matches, if counted (see {@link #isOverLimit()}), as "1,000". */
  public String getTotal() {
    return String.format("%,d", result.total());
  }

  /** "1,000": where counting stops. */
  public String getCountLimit() {
    return String.format("%,d", ApplicationSearch.COUNT_LIMIT);
  }

  /** The number of pages, or null when not all matches were counted. */
  public Integer getPages() {
    OptionalInt pages = result.pages();
    return pages.isPresent() ? pages.getAsInt() : null;
  }

  public boolean isOverLimit() {
    return result.overLimit();
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    return result.hasNext();
  }

  public String getPreviousPagePath() {
    return pagePath(page - 1);
  }

  public String getNextPagePath() {
    return pagePath(page + 1);
  }

  /** This search on another page, as an address relative to the portal (view parameters only). */
  String pagePath(int target) {
    StringJoiner query = new StringJoiner("&", "/index.xhtml?", "");
    BiConsumer<String, Object> add =
        (name, value) -> {
          if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
          }
        };
    add.accept("state", state);
    add.accept("procedure", procedure);
    add.accept("status", status);
    add.accept("q", q);
    add.accept("receipt", receipt);
    add.accept("from", from);
    add.accept("to", to);
    add.accept("sort", sort);
    add.accept("asc", asc ? "true" : null);
    add.accept("page", target);
    return query.toString();
  }

  public String getState() {
    return state;
  }

  public void setState(String v) {
    state = v == null || v.isBlank() ? null : v;
  }

  public String getProcedure() {
    return procedure;
  }

  public void setProcedure(String v) {
    procedure = v == null || v.isBlank() ? null : v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v == null || v.isBlank() ? null : v;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String v) {
    q = v == null || v.isBlank() ? null : v;
  }

  public String getReceipt() {
    return receipt;
  }

  public void setReceipt(String v) {
    receipt = v == null || v.isBlank() ? null : v;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate v) {
    from = v;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate v) {
    to = v;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String v) {
    sort = v;
  }

  public boolean isAsc() {
    return asc;
  }

  public void setAsc(boolean v) {
    asc = v;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int v) {
    page = Math.max(1, v);
  }

  public List<ApplicationRow> getRows() {
    return rows;
  }

  /**
   * One line of the list, ready to show. A draft carries its check list: what it still needs before
   * it can be submitted (empty: {@link #isReady() ready}, submitted from the list by {@link
   * SubmitDraftAction#fromList()}).
   */
  public record ApplicationRow(
      long id,
      String receiptNumber,
      String procedure,
      String applicant,
      String state,
      String updated,
      boolean draft,
      List<String> stillNeeded)
      implements Serializable {

    static ApplicationRow of(ApplicationSummary a, List<String> stillNeeded) {
      boolean draft = a.state() == ApplicationState.DRAFT;
      return new ApplicationRow(
          a.id(),
          // Drafts have no receipt number yet; their link says what they are.
          a.receipt().orElse("下書き / Draft"),
          a.procedure().nameJa(),
          a.applicant().orElse("（未入力）"),
          a.state().labelJa() + " / " + a.state().labelEn(),
          Dates.format(a.updatedAt()),
          draft,
          draft ? List.copyOf(stillNeeded) : List.of());
    }

    public boolean isDraft() {
      return draft;
    }

    /** A draft with nothing missing: the list offers 入管庁に申請を行う. */
    public boolean isReady() {
      return draft && stillNeeded.isEmpty();
    }

    public List<String> getStillNeeded() {
      return stillNeeded;
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

    public String getState() {
      return state;
    }

    public String getUpdated() {
      return updated;
    }
  }
}
