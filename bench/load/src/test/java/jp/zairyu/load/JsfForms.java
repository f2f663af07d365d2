package jp.zairyu.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSF form from a page as a browser would post it: the form's own hidden field, its view
 * state, every field with the value the page shows (hidden ones, the chosen option of each select,
 * checked boxes), without the buttons. The same reading as the integration tests' {@code JsfForm}
 * (ear/tests, support), kept here as a copy of its logic: the load module depends on nothing of the
 * tests. The caller adds the button pressed and PrimeFaces' CSP nonce ({@link #NONCE_PARAM}).
 */
public final class JsfForms {

  /** PrimeFaces' CSP nonce: its script adds it to every form; a postback must send it. */
  public static final String NONCE_PARAM = "primefaces.nonce";

  public static final String VIEW_STATE_PARAM = "jakarta.faces.ViewState";

  private static final Pattern TAG =
      Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPTION =
      Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private JsfForms() {}

  /** The nonce of a page's Content-Security-Policy header value, if it has one. */
  public static Optional<String> nonce(String contentSecurityPolicy) {
    if (contentSecurityPolicy == null) {
      return Optional.empty();
    }
    Matcher m = NONCE.matcher(contentSecurityPolicy);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The fields of the form {@code formId} with the values the page shows, in page order; an
   * exception naming the page's start when the page has no such form (the check then fails the
   * request that follows, as an error of the run).
   */
  public static Map<String, Object> fields(String html, String formId) {
    Matcher start =
        Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"").matcher(html);
    if (!start.find()) {
      throw new IllegalStateException("No form " + formId + " in the page: " + abbreviate(html));
    }
    int end = html.indexOf("</form>", start.end());
    String body = html.substring(start.start(), end < 0 ? html.length() : end);
    Map<String, Object> fields = new LinkedHashMap<>();
    Matcher tag = TAG.matcher(body);
    while (tag.find()) {
      Map<String, String> a = attributes(tag.group(2));
      String name = a.get("name");
      if (name == null || a.containsKey("disabled")) {
        continue;
      }
      switch (tag.group(1).toLowerCase()) {
        case "input" -> {
          String type = a.getOrDefault("type", "text").toLowerCase();
          switch (type) {
            case "submit", "image", "reset", "button", "file" -> {}
            case "checkbox", "radio" -> {
              if (a.containsKey("checked")) {
                fields.put(name, unescape(a.getOrDefault("value", "on")));
              }
            }
            default -> fields.put(name, unescape(a.getOrDefault("value", "")));
          }
        }
        case "textarea" -> {
          int close = body.indexOf("</textarea>", tag.end());
          fields.put(name, unescape(body.substring(tag.end(), close < 0 ? tag.end() : close)));
        }
        case "select" -> {
          int close = body.indexOf("</select>", tag.end());
          String options = body.substring(tag.end(), close < 0 ? tag.end() : close);
          Matcher option = OPTION.matcher(options);
          String chosen = null;
          while (option.find()) {
            Map<String, String> o = attributes(option.group(1));
            if (chosen == null || o.containsKey("selected")) {
              chosen = unescape(o.getOrDefault("value", ""));
              if (o.containsKey("selected")) {
                break;
              }
            }
          }
          if (chosen != null) {
            fields.put(name, chosen);
          }
        }
        default -> {} // buttons: only the one pressed is sent, by the caller
      }
    }
    fields.putIfAbsent(formId, formId);
    if (!fields.containsKey(VIEW_STATE_PARAM)) {
      throw new IllegalStateException("The form " + formId + " has no view state");
    }
    return fields;
  }

  /** Where the form {@code formId} posts to (its {@code action}, as the page wrote it). */
  public static String action(String html, String formId) {
    Matcher form =
        Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(html);
    if (!form.find()) {
      throw new IllegalStateException("No form " + formId + " in the page: " + abbreviate(html));
    }
    Matcher action = Pattern.compile("\\baction=\"([^\"]*)\"").matcher(form.group());
    if (!action.find()) {
      throw new IllegalStateException("The form " + formId + " has no action");
    }
    return unescape(action.group(1));
  }

  /**
   * The post of {@code formId} pressing {@code button} (a client id such as {@code draft:save}),
   * with the page's nonce, and {@code changes} applied to the fields.
   */
  public static Map<String, Object> post(
      String html, String formId, String button, String nonce, Map<String, String> changes) {
    Map<String, Object> fields = fields(html, formId);
    fields.putAll(changes);
    fields.put(button, "");
    if (nonce != null) {
      fields.put(NONCE_PARAM, nonce);
    }
    return fields;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> a = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      a.put(m.group(1).toLowerCase(), m.group(2));
    }
    // boolean attributes written without a value (checked, selected, disabled, readonly)
    for (String flag : List.of("checked", "selected", "disabled", "readonly")) {
      if (Pattern.compile("(^|\\s)" + flag + "(\\s|$|=)").matcher(text).find()) {
        a.putIfAbsent(flag, flag);
      }
    }
    return a;
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  private static String abbreviate(String html) {
    return html.length() > 400 ? html.substring(0, 400) + "…" : html;
  }
}
