package jp.zairyu.domain.model.application;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A search of a practitioner's (or an office's) applications (申請情報検索): every criterion is optional;
 * results are sorted and paged.
 *
 * @param state a state code, or null
 * @param procedure a procedure code, or null
 * @param status a status of residence code (current or desired), or null
 * @param applicantName part of the applicant's name (case-insensitive), or null
 * @param receiptNumber the beginning of a receipt number, or null
 * @param submittedFrom first day of submission (Japan), or null
 * @param submittedTo last day of submission (Japan), or null
 * @param sort what to sort by
 * @param ascending oldest / smallest first
 * @param page zero-based page
 * @param pageSize rows per page (1..100)
 */
public record ApplicationSearch(
    String state,
    String procedure,
    String status,
    String applicantName,
    String receiptNumber,
    LocalDate submittedFrom,
    LocalDate submittedTo,
    Sort sort,
    boolean ascending,
    int page,
    int pageSize) {

  /**
   * Counting stops past this many matches: the page then says "1,000件以上" (more than 1,000) and
   * invites a narrower search, rather than counting every one of a large office's cases on each
   * page view.
   */
  public static final int COUNT_LIMIT = 1000;

  public enum Sort {
    UPDATED,
    SUBMITTED,
    RECEIPT,
    APPLICANT
  }

  public ApplicationSearch {
    sort = sort == null ? Sort.UPDATED : sort;
    page = Math.max(0, page);
    pageSize = Math.min(100, Math.max(1, pageSize));
    applicantName = blank(applicantName);
    receiptNumber = blank(receiptNumber);
    state = blank(state);
    procedure = blank(procedure);
    status = blank(status);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * One page of results and the number of all matches, counted up to {@link #COUNT_LIMIT}.
   *
   * @param total the number of matches, or more than {@link #COUNT_LIMIT} (then only {@link
   *     #overLimit()} is known)
   * @param hasNext whether a page follows this one
   */
  public record Result(
      List<ApplicationSummary> rows, long total, boolean hasNext, int page, int pageSize) {

    /** Whether there are more matches than were counted. */
    public boolean overLimit() {
      return total > COUNT_LIMIT;
    }

    /** The number of pages, if all matches were counted. */
    public OptionalInt pages() {
      return overLimit()
          ? OptionalInt.empty()
          : OptionalInt.of((int) Math.max(1, (total + pageSize - 1) / pageSize));
    }
  }
}
