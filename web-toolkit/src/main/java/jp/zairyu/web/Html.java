package jp.zairyu.web;

/** Text put into HTML that no JSF component renders (gate pages, clear 400 pages, options). */
public final class Html {

  private Html() {}

  /** The text with {@code & < > " '} escaped, safe in element content and quoted attributes. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
