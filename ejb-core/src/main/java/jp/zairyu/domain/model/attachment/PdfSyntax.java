package jp.zairyu.domain.model.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of the PDF syntax (ISO 32000-1, 7.2 and 7.3) to read a dictionary from a file's
 * bytes: names (with their {@code #xx} escapes), numbers, strings, arrays, dictionaries, references
 * and comments. Strict: anything it does not understand is a {@link Malformed}.
 */
final class PdfSyntax {

  /** The bytes are not the object expected. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(null, null, false, false);
    }
  }

  /** A name object, escapes decoded. */
  record Name(String value) {}

  /** An indirect reference {@code n g R}. */
  record Ref(long number, int generation) {}

  /** A keyword or a number as written. */
  record Token(String text) {}

  private static final int MAX_DEPTH = 32;
  private static final Malformed MALFORMED = new Malformed();

  private final byte[] b;
  private final int end;
  private int pos;

  PdfSyntax(byte[] b, int from, int end) {
    this.b = b;
    this.pos = from;
    this.end = end;
  }

  int position() {
    return pos;
  }

  static boolean whitespace(int c) {
    return c == 0x00 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
  }

  static boolean delimiter(int c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
        || c == '}' || c == '/' || c == '%';
  }

  /** Skips whitespace and comments. */
  void skip() {
    while (pos < end) {
      int c = b[pos] & 0xff;
      if (whitespace(c)) {
        pos++;
      } else if (c == '%') {
        while (pos < end && b[pos] != '\n' && b[pos] != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /** A dictionary starting here ({@code <<}). */
  Map<String, Object> dictionary() throws Malformed {
    skip();
    if (!at("<<")) {
      throw MALFORMED;
    }
    Object value = value(0);
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> dictionary = (Map<String, Object>) map;
      return dictionary;
    }
    throw MALFORMED;
  }

  private boolean at(String s) {
    if (pos + s.length() > end) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private Object value(int depth) throws Malformed {
    if (depth > MAX_DEPTH) {
      throw MALFORMED;
    }
    skip();
    if (pos >= end) {
      throw MALFORMED;
    }
    int c = b[pos] & 0xff;
    if (at("<<")) {
      pos += 2;
      Map<String, Object> map = new LinkedHashMap<>();
      while (true) {
        skip();
        if (at(">>")) {
          pos += 2;
          return map;
        }
        if (pos >= end || b[pos] != '/') {
          throw MALFORMED;
        }
        String key = name().value();
        map.put(key, referenceOr(value(depth + 1)));
      }
    }
    if (c == '[') {
      pos++;
      List<Object> list = new ArrayList<>();
      while (true) {
        skip();
        if (pos < end && b[pos] == ']') {
          pos++;
          return collapseReferences(list);
        }
        list.add(value(depth + 1));
      }
    }
    if (c == '/') {
      return name();
    }
    if (c == '(') {
      literalString();
      return new Token("()");
    }
    if (c == '<') {
      pos++;
      while (pos < end && b[pos] != '>') {
        int h = b[pos] & 0xff;
        if (!whitespace(h) && Character.digit(h, 16) < 0) {
          throw MALFORMED;
        }
        pos++;
      }
      if (pos >= end) {
        throw MALFORMED;
      }
      pos++;
      return new Token("<>");
    }
    if (delimiter(c)) {
      throw MALFORMED;
    }
    int start = pos;
    while (pos < end && !whitespace(b[pos] & 0xff) && !delimiter(b[pos] & 0xff)) {
      pos++;
    }
    String text = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
    if (text.equals("stream")
        || text.equals("endstream")
        || text.equals("obj")
        || text.equals("endobj")) {
      throw MALFORMED;
    }
    return new Token(text);
  }

  /** After a dictionary's value: {@code n g R} is read as one reference. */
  private Object referenceOr(Object value) throws Malformed {
    if (value instanceof Token t && integer(t.text())) {
      int mark = pos;
      skip();
      int start = pos;
      while (pos < end && Character.isDigit(b[pos])) {
        pos++;
      }
      if (pos > start) {
        String generation = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        skip();
        if (pos < end
            && b[pos] == 'R'
            && (pos + 1 >= end || whitespace(b[pos + 1] & 0xff) || delimiter(b[pos + 1] & 0xff))) {
          pos++;
          return new Ref(Long.parseLong(t.text()), parseGeneration(generation));
        }
      }
      pos = mark;
    }
    return value;
  }

  private static int parseGeneration(String s) {
    return s.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(s);
  }

  private static List<Object> collapseReferences(List<Object> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (i + 2 < list.size()
          && list.get(i) instanceof Token n
          && list.get(i + 1) instanceof Token g
          && list.get(i + 2) instanceof Token r
          && r.text().equals("R")
          && integer(n.text())
          && integer(g.text())) {
        out.add(new Ref(Long.parseLong(n.text()), parseGeneration(g.text())));
        i += 2;
      } else {
        out.add(list.get(i));
      }
    }
    return out;
  }

  private static boolean integer(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Name name() throws Malformed {
    pos++; // the solidus
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (pos < end && !whitespace(b[pos] & 0xff) && !delimiter(b[pos] & 0xff)) {
      int c = b[pos] & 0xff;
      if (c == '#' && pos + 2 < end) {
        int high = Character.digit(b[pos + 1], 16);
        int low = Character.digit(b[pos + 2], 16);
        if (high >= 0 && low >= 0) {
          out.write((high << 4) | low);
          pos += 3;
          continue;
        }
      }
      out.write(c);
      pos++;
    }
    return new Name(out.toString(StandardCharsets.ISO_8859_1));
  }

  private void literalString() throws Malformed {
    int depth = 0;
    while (pos < end) {
      int c = b[pos++] & 0xff;
      if (c == '\\') {
        pos++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return;
        }
      }
    }
    throw MALFORMED;
  }
}
