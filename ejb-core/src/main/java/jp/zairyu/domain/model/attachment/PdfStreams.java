package jp.zairyu.domain.model.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;

/**
 * Every stream of a PDF measured from the file's bytes, before a parser decodes any of them: its
 * chain of filters is read from its dictionary and the data is decoded through the whole chain into
 * a small buffer that is counted and overwritten, never kept. A chain that compresses more than
 * {@link #MAX_COMPRESSIONS} times over is refused as such; a stream that decodes beyond its budget
 * is refused as soon as the budget is spent, so a 5 KB file that would inflate to gigabytes costs
 * the time of decoding the budget and a few kilobytes of memory.
 *
 * <p>The dictionary of a stream is found from its {@code stream} keyword backwards: every {@code
 * <<} before it from which the syntax reads one dictionary that ends right before the keyword is an
 * interpretation, and each is measured (a string that hides {@code <<} cannot make the check read
 * another chain than a reader would). The data is read from after the keyword to the end of the
 * file, whatever {@code /Length} says: the first filter ends the data itself, and a reader that
 * distrusts the length reads that far too.
 */
final class PdfStreams {

  /** Filters that compress, one over the other, in one stream's chain. */
  static final int MAX_COMPRESSIONS = 2;

  /** Filters in one stream's chain. */
  static final int MAX_FILTERS = 4;

  /** What one stream may decode to. */
  static final long MAX_DECODED_STREAM = 64L * 1024 * 1024;

  /** What all streams of one file may decode to together. */
  static final long MAX_DECODED_TOTAL = 256L * 1024 * 1024;

  /**
   * What an object stream or a cross-reference stream may decode to: a parser decodes these in
   * memory to read the file at all.
   */
  static final long MAX_DECODED_STRUCTURE = 8L * 1024 * 1024;

  /** How far before {@code stream} its dictionary is looked for. */
  private static final int DICTIONARY_WINDOW = 256 * 1024;

  /** How many {@code <<} before one {@code stream} are tried as the start of its dictionary. */
  private static final int MAX_ATTEMPTS = 64;

  /** Bytes read as syntax in all those tries together (a file made to waste time is refused). */
  private static final long MAX_SYNTAX_WORK = 256L * 1024 * 1024;

  private static final byte[] STREAM = ascii("stream");
  private static final byte[] TRAILER = ascii("trailer");

  /** The most FlateDecode can inflate one byte to (deflate's limit is about 1032 : 1). */
  private static final long FLATE_RATIO = 1033;

  private static final byte[] ENDSTREAM = ascii("endstream");

  /**
   * What the survey found besides sizes.
   *
   * @param encrypted whether the trailer names an encryption dictionary (then the data of its
   *     streams is encrypted and was not measured)
   * @param objectStreamCeiling the most any object stream could decode to, judged from its filters
   *     and the bytes a reader may take as its data alone (what decrypting and decoding it could
   *     cost when its content cannot be measured), {@link Long#MAX_VALUE} for a chain of filters
   *     whose growth has no such bound
   */
  record Survey(boolean encrypted, long objectStreamCeiling, int streams, long decodedBytes) {}

  private final byte[] b;
  private final byte[] sink = new byte[8192];
  private long total;
  private boolean encrypted;
  private long objectStreamCeiling;
  private int streams;
  private long syntaxWork;

  private PdfStreams(byte[] b) {
    this.b = b;
  }

  /**
   * Measures every stream of the file.
   *
   * @throws RuleViolation if a stream is compressed too many times over or decodes beyond its
   *     budget, or if a stream's dictionary cannot be read
   */
  static Survey survey(byte[] content) {
    PdfStreams s = new PdfStreams(content);
    s.run();
    return new Survey(s.encrypted, s.objectStreamCeiling, s.streams, s.total);
  }

  private void run() {
    int i = 0;
    while ((i = indexOf(b, STREAM, i)) >= 0) {
      int keyword = i;
      i += STREAM.length;
      if (keyword >= 3 && b[keyword - 3] == 'e' && b[keyword - 2] == 'n' && b[keyword - 1] == 'd') {
        continue; // endstream
      }
      if (keyword > 0 && !boundary(b[keyword - 1] & 0xff)) {
        continue; // part of another word
      }
      if (i < b.length && !boundary(b[i] & 0xff)) {
        continue;
      }
      stream(keyword);
    }
    i = 0;
    while ((i = indexOf(b, TRAILER, i)) >= 0) {
      i += TRAILER.length;
      try {
        Map<String, Object> trailer = new PdfSyntax(b, i, b.length).dictionary();
        encrypted |= trailer.containsKey("Encrypt");
      } catch (PdfSyntax.Malformed notATrailer) {
        // the word in some other place
      }
    }
  }

  private static boolean boundary(int c) {
    return PdfSyntax.whitespace(c) || PdfSyntax.delimiter(c);
  }

  /** One {@code stream} keyword: its dictionaries, their chains, the data measured. */
  private void stream(int keyword) {
    List<Map<String, Object>> dictionaries = dictionariesBefore(keyword);
    if (dictionaries.isEmpty()) {
      if (dictionaryEndsBefore(keyword)) {
        throw PdfDocument.damaged();
      }
      return; // the word inside some data, not a stream
    }
    streams++;
    int data = dataStart(keyword + STREAM.length);
    Set<List<String>> chains = new LinkedHashSet<>();
    boolean structure = false;
    for (Map<String, Object> d : dictionaries) {
      chains.add(chain(d.get("Filter")));
      structure |= structure(d);
      encrypted |= d.containsKey("Encrypt");
      if (objectStream(d)) {
        objectStreamCeiling = Math.max(objectStreamCeiling, ceiling(d, data));
      }
    }
    long most = 0;
    for (List<String> chain : chains) {
      long limit = structure ? MAX_DECODED_STRUCTURE : MAX_DECODED_STREAM;
      most = Math.max(most, measure(chain, data, Math.min(limit, MAX_DECODED_TOTAL - total)));
    }
    total += most;
  }

  /**
   * The most a stream could decode to by its filters and the bytes a reader may take as its data:
   * {@code /Length} bytes when the length is written out and {@code endstream} follows there, else
   * up to the first {@code endstream}.
   */
  private long ceiling(Map<String, Object> d, int data) {
    int firstEnd = indexOf(b, ENDSTREAM, data);
    long encoded = firstEnd < 0 ? b.length - data : firstEnd - data;
    if (d.get("Length") instanceof PdfSyntax.Token t && t.text().matches("\\d{1,10}")) {
      encoded = Math.max(encoded, Math.min(Long.parseLong(t.text()), b.length - data));
    } else if (d.containsKey("Length")) {
      encoded = b.length - data; // an indirect length: whatever the reader resolves
    }
    List<String> chain;
    try {
      chain = chain(d.get("Filter"));
    } catch (RuleViolation unreadable) {
      return Long.MAX_VALUE;
    }
    long ratio = 1;
    for (String name : chain) {
      PdfFilters.Kind kind = PdfFilters.kind(name);
      if (kind == PdfFilters.Kind.COMPRESSION) {
        if (!name.equals("FlateDecode") && !name.equals("Fl") || ratio > 1) {
          return Long.MAX_VALUE;
        }
        ratio = FLATE_RATIO;
      } else if (kind != PdfFilters.Kind.CRYPT && kind != PdfFilters.Kind.ENCODING) {
        return Long.MAX_VALUE;
      }
    }
    return encoded * ratio;
  }

  /**
   * Whether a dictionary ends right before the keyword ({@code >>}, then only whitespace and
   * comments), as it does before a stream's data: then a dictionary that cannot be read is a file
   * the check cannot vouch for, not the word inside some text.
   */
  private boolean dictionaryEndsBefore(int keyword) {
    int j = keyword - 1;
    for (int lines = 0; lines < 8; lines++) {
      while (j >= 0 && PdfSyntax.whitespace(b[j] & 0xff)) {
        j--;
      }
      if (j >= 1 && b[j] == '>' && b[j - 1] == '>') {
        return true;
      }
      // a comment between the dictionary and the keyword: go to the '%' that opens it
      int lineStart = j;
      while (lineStart >= 0 && b[lineStart] != '\n' && b[lineStart] != '\r') {
        lineStart--;
      }
      int percent = -1;
      for (int k = lineStart + 1; k <= j; k++) {
        if (b[k] == '%') {
          percent = k;
          break;
        }
      }
      if (percent < 0) {
        return false;
      }
      j = percent - 1;
    }
    return false;
  }

  private List<Map<String, Object>> dictionariesBefore(int keyword) {
    List<Map<String, Object>> found = new ArrayList<>();
    int attempts = 0;
    for (int j = keyword - 2; j >= Math.max(0, keyword - DICTIONARY_WINDOW); j--) {
      if (b[j] != '<' || b[j + 1] != '<') {
        continue;
      }
      if (++attempts > MAX_ATTEMPTS) {
        break;
      }
      PdfSyntax syntax = new PdfSyntax(b, j, keyword);
      try {
        Map<String, Object> d = syntax.dictionary();
        syntax.skip();
        if (syntax.position() == keyword) {
          found.add(d);
        }
      } catch (PdfSyntax.Malformed notFromHere) {
        // not the start of the dictionary
      }
      syntaxWork += syntax.position() - j;
      if (syntaxWork > MAX_SYNTAX_WORK) {
        throw PdfDocument.damaged();
      }
      if (j > 0 && b[j - 1] == '<') {
        j--; // "<<<" : the next try starts at the first
      }
    }
    return found;
  }

  /** Where a stream's data starts: after spaces and one line break, as readers skip them. */
  private int dataStart(int i) {
    while (i < b.length && b[i] == ' ') {
      i++;
    }
    if (i < b.length && b[i] == '\r') {
      i++;
      if (i < b.length && b[i] == '\n') {
        i++;
      }
    } else if (i < b.length && b[i] == '\n') {
      i++;
    }
    return i;
  }

  private static boolean structure(Map<String, Object> d) {
    Object type = d.get("Type");
    return objectStream(d) || new PdfSyntax.Name("XRef").equals(type) || d.containsKey("W");
  }

  private static boolean objectStream(Map<String, Object> d) {
    return new PdfSyntax.Name("ObjStm").equals(d.get("Type")) || d.containsKey("First");
  }

  /** The filter names of a {@code /Filter} entry, in the order they decode. */
  private static List<String> chain(Object filter) {
    if (filter == null) {
      return List.of();
    }
    if (filter instanceof PdfSyntax.Name name) {
      return List.of(name.value());
    }
    if (filter instanceof List<?> list) {
      List<String> names = new ArrayList<>();
      for (Object o : list) {
        if (!(o instanceof PdfSyntax.Name name)) {
          throw PdfDocument.damaged();
        }
        names.add(name.value());
      }
      return names;
    }
    // an indirect /Filter (or anything else): a chain the check cannot see before parsing
    throw PdfDocument.damaged();
  }

  /**
   * Decodes the data through the chain, counting and discarding.
   *
   * @return the number of bytes the chain decodes to
   */
  private long measure(List<String> chain, int data, long budget) {
    if (chain.size() > MAX_FILTERS) {
      throw tooDeep();
    }
    int compressions = 0;
    List<String> decoded = new ArrayList<>();
    for (int k = 0; k < chain.size(); k++) {
      PdfFilters.Kind kind = PdfFilters.kind(chain.get(k));
      if (kind == null) {
        break; // an unknown filter: no reader decodes further
      }
      if (kind == PdfFilters.Kind.IMAGE) {
        if (k != chain.size() - 1) {
          throw tooDeep(); // an image codec decodes to pixels, never to more filtered data
        }
        break;
      }
      if (kind == PdfFilters.Kind.COMPRESSION && ++compressions > MAX_COMPRESSIONS) {
        throw tooDeep();
      }
      if (kind != PdfFilters.Kind.CRYPT) {
        decoded.add(chain.get(k));
      }
    }
    if (decoded.isEmpty()) {
      return 0;
    }
    long count = 0;
    try {
      InputStream in = new ByteArrayInputStream(b, data, b.length - data);
      for (String name : decoded) {
        in = PdfFilters.decoding(name, in);
      }
      try (InputStream decoding = in) {
        int n;
        while ((n = decoding.read(sink)) > 0) {
          count += n;
          if (count > budget) {
            throw tooLarge();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolation violation) {
        throw violation;
      }
      // data a filter cannot decode: readers stop there too; what was counted stands
    }
    return count;
  }

  static RuleViolation tooLarge() {
    return new RuleViolation(
        "attachment.pdf.bomb",
        "PDFの圧縮されたデータが展開すると大きすぎるため（展開後のサイズが大きすぎるPDF）、受け付けられません。",
        "The PDF's compressed data would be too large when expanded; it cannot be accepted.");
  }

  static RuleViolation tooDeep() {
    return new RuleViolation(
        "attachment.pdf.nested-compression",
        "PDFのデータが何重にも圧縮されている（圧縮が深すぎる）ため、受け付けられません。通常の方法で保存し直したPDFにしてください。",
        "The PDF's data is compressed too many times over (nested compression) and cannot be"
            + " accepted. Save the PDF again in the usual way.");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static int indexOf(byte[] b, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= b.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
