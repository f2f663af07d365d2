package jp.zairyu.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSF form read from a page as a browser would: its fields with the values the page shows (hidden
 * ones, the view state, the chosen options), so that a test can post it over plain HTTP with one
 * field changed, including values no browser would send (raw bytes, a forged view state).
 */
public final class JsfForm {

  private static final Pattern TAG =
      Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPTION =
      Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

  private final String id;

  /** Field name → value as URL-encoded text (so a test can put raw, even invalid, bytes). */
  private final Map<String, String> encoded = new LinkedHashMap<>();

  private final List<String> textFields = new ArrayList<>();
  private final List<String> buttons = new ArrayList<>();

  private JsfForm(String id) {
    this.id = id;
  }

  /** The form {@code formId} of the page, or an exception naming what the page had instead. */
  public static JsfForm of(String html, String formId) {
    Matcher start =
        Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"").matcher(html);
    if (!start.find()) {
      throw new IllegalStateException("No form " + formId + " in the page: " + abbreviate(html));
    }
    int end = html.indexOf("</form>", start.end());
    String body = html.substring(start.start(), end < 0 ? html.length() : end);
    JsfForm form = new JsfForm(formId);
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
            case "submit", "image", "reset", "button" -> form.buttons.add(name);
            case "checkbox", "radio" -> {
              if (a.containsKey("checked")) {
                form.put(name, a.getOrDefault("value", "on"));
              }
            }
            case "file" -> {}
            case "hidden" -> form.put(name, unescape(a.getOrDefault("value", "")));
            default -> {
              form.put(name, unescape(a.getOrDefault("value", "")));
              if (!a.containsKey("readonly")) {
                form.textFields.add(name);
              }
            }
          }
        }
        case "textarea" -> {
          int close = body.indexOf("</textarea>", tag.end());
          form.put(name, unescape(body.substring(tag.end(), close < 0 ? tag.end() : close)));
          if (!a.containsKey("readonly")) {
            form.textFields.add(name);
          }
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
            form.put(name, chosen);
          }
        }
        case "button" -> form.buttons.add(name);
        default -> {}
      }
    }
    if (!form.encoded.containsKey(formId)) {
      form.put(formId, formId);
    }
    return form;
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

  private void put(String name, String value) {
    encoded.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  public String id() {
    return id;
  }

  /** The fields a person types into (text, password, e-mail, dates, text areas). */
  public List<String> textFields() {
    return List.copyOf(textFields);
  }

  public String value(String name) {
    String v = encoded.get(name);
    return v == null ? null : java.net.URLDecoder.decode(v, StandardCharsets.UTF_8);
  }

  public JsfForm set(String name, String value) {
    put(name, value);
    return this;
  }

  /**
   * Sets a field to text already URL-encoded (raw bytes such as {@code %ED%A0%80} stay as they
   * are).
   */
  public JsfForm setEncoded(String name, String urlEncoded) {
    encoded.put(name, urlEncoded);
    return this;
  }

  public String viewState() {
    return value("jakarta.faces.ViewState");
  }

  /**
   * The body of a non-AJAX post pressing {@code button} (a client id such as {@code draft:save}).
   */
  public String body(String button) {
    Map<String, String> fields = new LinkedHashMap<>(encoded);
    fields.put(URLEncoder.encode(button, StandardCharsets.UTF_8), "");
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(decodeName(e.getKey()), StandardCharsets.UTF_8)
                    + "="
                    + e.getValue())
        .collect(Collectors.joining("&"));
  }

  private static String decodeName(String name) {
    return java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
  }

  public Map<String, String> values() {
    Map<String, String> plain = new LinkedHashMap<>();
    encoded.forEach((k, v) -> plain.put(k, java.net.URLDecoder.decode(v, StandardCharsets.UTF_8)));
    return plain;
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
    return html.length() > 600 ? html.substring(0, 600) + "…" : html;
  }
}
