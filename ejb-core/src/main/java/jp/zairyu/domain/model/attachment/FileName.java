package jp.zairyu.domain.model.attachment;

import java.text.Normalizer;

/**
 * The name a user gave a file, made safe to show: no path, no control or bidirectional-override
 * characters, NFC, at most 200 characters (keeping the extension). For display only: nothing is
 * ever decided by it.
 */
public final class FileName {

  static final int MAX = 200;

  private FileName() {}

  public static String sanitise(String given, String fallback) {
    if (given == null) {
      return fallback;
    }
    String name = Normalizer.normalize(given, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder safe = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .filter(c -> Character.getType(c) != Character.FORMAT) // bidi overrides, zero widths
        .filter(c -> "<>:\"|?*".indexOf(c) < 0)
        .forEach(safe::appendCodePoint);
    name = safe.toString().strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isBlank()) {
      return fallback;
    }
    if (name.codePointCount(0, name.length()) > MAX) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, name.offsetByCodePoints(0, MAX - ext.length())) + ext;
    }
    return name;
  }
}
