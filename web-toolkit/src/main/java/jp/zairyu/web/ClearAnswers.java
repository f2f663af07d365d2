package jp.zairyu.web;

import static jp.zairyu.web.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The bilingual pages with which both front ends refuse a request that no page could answer
 * sensibly: text that is not well formed ({@link WellFormedRequests}) and a form whose view state
 * is not one the server gave out or has expired ({@link ExpiredViews}). Status 400, never cached,
 * and nothing of the request is shown back except the address of the page, escaped.
 */
public final class ClearAnswers {

  private ClearAnswers() {}

  static final String MALFORMED_JA =
      "送信された内容に、使用できない文字（制御文字、文字の向きを変える記号など）または正しくない文字コードが含まれていたため、処理しませんでした。"
          + "何も保存されていません。入力した内容を確認して、もう一度お試しください。";
  static final String MALFORMED_EN =
      "What was sent contains characters that cannot be used (control characters, characters"
          + " that change the direction of text) or text that is not valid UTF-8, so it was not"
          + " processed and nothing was stored. Please check what you entered and try again.";
  static final String EXPIRED_JA =
      "このページの有効期限が切れたか、送信された内容がこのページのものではないため、処理しませんでした。" + "何も保存されていません。ページを開き直して、もう一度お試しください。";
  static final String EXPIRED_EN =
      "This page has expired, or what was sent does not belong to it, so it was not processed"
          + " and nothing was stored. Please open the page again and try again.";

  /** 400 for a request whose address or parameters hold text that cannot be used. */
  public static void malformed(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    send(
        response,
        page(
            "使用できない文字が含まれています",
            "Characters that cannot be used",
            MALFORMED_JA,
            MALFORMED_EN,
            request.getContextPath() + "/",
            "トップへ戻る",
            "Back to the start page"));
  }

  /** The page for an expired or foreign view state; {@code again} is where the page opens anew. */
  static String expiredPage(String again) {
    return page(
        "ページの有効期限が切れました",
        "The page has expired",
        EXPIRED_JA,
        EXPIRED_EN,
        again,
        "ページを開き直す",
        "Open the page again");
  }

  private static void send(HttpServletResponse response, String page) throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(page);
  }

  static String page(
      String titleJa,
      String titleEn,
      String textJa,
      String textEn,
      String link,
      String linkJa,
      String linkEn) {
    return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"UTF-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + titleJa
        + " / "
        + titleEn
        + " | 在留申請オンライン / Zairyu Online</title>\n<style>\n"
        + "  body { margin: 0; font-family: \"Noto Sans JP\", \"Hiragino Sans\", \"Yu Gothic\","
        + " Meiryo, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.7; }\n"
        + "  header, main, footer { max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem; }\n"
        + "  header { border-bottom: 4px solid #0b3d91; font-weight: bold; font-size: 1.1rem; }\n"
        + "  h1 { font-size: 1.5rem; color: #0b3d91; line-height: 1.4; }\n"
        + "  a { color: #0b3d91; }\n</style>\n</head>\n<body>\n"
        + "<header>在留申請オンライン <span lang=\"en\">Zairyu Online</span></header>\n<main>\n<h1>"
        + titleJa
        + " <span lang=\"en\">/ "
        + titleEn
        + "</span></h1>\n<p role=\"alert\">"
        + textJa
        + "</p>\n<p lang=\"en\">"
        + textEn
        + "</p>\n<p><a href=\""
        + escape(link)
        + "\">"
        + linkJa
        + " / <span lang=\"en\">"
        + linkEn
        + "</span></a></p>\n</main>\n</body>\n</html>\n";
  }
}
