package jp.zairyu.domain.model.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reference table shipped as UTF-8 CSV on the classpath under {@code domain/} (copied verbatim
 * from the project's domain reference, never re-typed). Supports double-quoted fields with commas.
 */
public final class CsvTable {

  private final List<String> header;
  private final List<Map<String, String>> rows;

  private CsvTable(List<String> header, List<Map<String, String>> rows) {
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
  }

  /** Loads {@code domain/<name>} from the classpath of this module. */
  public static CsvTable load(String name) {
    String resource = "/domain/" + name;
    try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Reference table missing from classpath: " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference table " + resource, e);
    }
  }

  /** Reads a table given as text (a table of one's own, e.g. with one more row). */
  public static CsvTable parse(String text) {
    try {
      return parse(new BufferedReader(new java.io.StringReader(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CsvTable parse(BufferedReader reader) throws IOException {
    String headerLine = reader.readLine();
    if (headerLine == null) {
      throw new IllegalStateException("Reference table is empty");
    }
    List<String> header = split(stripBom(headerLine));
    List<Map<String, String>> rows = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = split(line);
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
      }
      rows.add(Map.copyOf(row));
    }
    return new CsvTable(header, rows);
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  public List<String> header() {
    return header;
  }

  public List<Map<String, String>> rows() {
    return rows;
  }

  /** Splits a multi-valued cell such as {@code 東京都|神奈川県}. */
  public static List<String> values(String cell) {
    return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split("\\|"));
  }

  /** Indexes the rows by one column, failing on duplicates (a broken reference table). */
  public <T> Map<String, T> indexBy(String column, Function<Map<String, String>, T> mapper) {
    return rows.stream().collect(Collectors.toUnmodifiableMap(r -> r.get(column), mapper));
  }
}
