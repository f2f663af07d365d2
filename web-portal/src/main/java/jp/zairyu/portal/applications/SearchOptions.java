package jp.zairyu.portal.applications;

import static jp.zairyu.web.Html.escape;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResidenceStatus;

/**
 * The {@code <option>}s of the search form of 申請情報検索 (states, procedures, statuses of residence)
 * and the links to start an application, as HTML built once per application from the domain's
 * catalogues. The list page is the portal's busiest; rendering some 70 options through {@code
 * ui:repeat} and EL method calls on every request cost about as much as the rest of the page. Every
 * text is escaped here; the page writes the result unescaped.
 */
@ApplicationScoped
public class SearchOptions {

  private final Choices states =
      new Choices(
          List.of(ApplicationState.values()),
          ApplicationState::name,
          s -> s.labelJa() + " / " + s.labelEn());
  private final Choices procedures =
      new Choices(Procedure.standaloneProcedures(), Procedure::code, p -> label(p));
  private final Choices statuses =
      new Choices(
          ResidenceStatus.filableOnline(),
          ResidenceStatus::code,
          s -> s.nameJa() + " / " + s.nameEn());
  private final Map<StartKey, String> startLinks = new ConcurrentHashMap<>();

  private record StartKey(String contextPath, List<Procedure> startable) {}

  /** The options of the state filter, {@code selected} the chosen one (null: none, i.e. all). */
  public String states(String selected) {
    return states.html(selected);
  }

  public String procedures(String selected) {
    return procedures.html(selected);
  }

  public String statuses(String selected) {
    return statuses.html(selected);
  }

  /**
   * The list items linking to the draft page for each procedure the user may start, below {@code
   * contextPath}.
   */
  public String startLinks(String contextPath, List<Procedure> startable) {
    return startLinks.computeIfAbsent(
        new StartKey(contextPath, startable),
        key -> {
          StringBuilder html = new StringBuilder();
          for (Procedure p : key.startable()) {
            html.append("<li><a href=\"")
                .append(escape(contextPath + "/applications/edit.xhtml?procedure=" + p.code()))
                .append("\">")
                .append(escape(p.nameJa()))
                .append(" / <span lang=\"en\">")
                .append(escape(p.nameEn()))
                .append("</span></a></li>");
          }
          return html.toString();
        });
  }

  private static String label(Procedure p) {
    return p.nameJa() + " / " + p.nameEn();
  }

  /** Text or attribute value for HTML. */

  /**
   * One select's options after the page's own "すべて / All": the HTML for each possible selection,
   * computed up front (a few dozen short strings per list).
   */
  private static final class Choices {

    private final String none;
    private final Map<String, String> byValue;

    <T> Choices(List<T> items, Function<T, String> value, Function<T, String> label) {
      List<String> values = new ArrayList<>();
      List<String> options = new ArrayList<>();
      for (T item : items) {
        values.add(value.apply(item));
        options.add(escape(label.apply(item)));
      }
      none = html(values, options, null);
      Map<String, String> map = new HashMap<>();
      for (String v : values) {
        map.put(v, html(values, options, v));
      }
      byValue = Map.copyOf(map);
    }

    String html(String selected) {
      return selected == null ? none : byValue.getOrDefault(selected, none);
    }

    private static String html(List<String> values, List<String> labels, String selected) {
      StringBuilder html = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i);
        html.append("<option value=\"").append(escape(v)).append('"');
        if (Objects.equals(v, selected)) {
          html.append(" selected=\"selected\"");
        }
        html.append('>').append(labels.get(i)).append("</option>");
      }
      return html.toString();
    }
  }
}
