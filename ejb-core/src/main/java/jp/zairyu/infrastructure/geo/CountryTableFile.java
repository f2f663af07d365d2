package jp.zairyu.infrastructure.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file format of a {@link CountryTable}: gzip around big-endian binary.
 *
 * <pre>
 * "ZGEO" (4 bytes), format version (int, 1), description (modified UTF-8)
 * country count c (short), then c-1 country codes of 2 ASCII bytes (index 0 is "no country")
 * IPv4 range count n (int), n range starts (int, unsigned), n country indexes (byte)
 * IPv6 range count m (int), m range starts (long upper, long lower), m country indexes (byte)
 * </pre>
 *
 * Ranges are ascending, each running up to the next one's start; consecutive ranges of one country
 * are merged and gaps are ranges of country 0.
 */
public final class CountryTableFile {

  static final int MAGIC = 0x5a47454f; // "ZGEO"
  static final int VERSION = 1;

  private CountryTableFile() {}

  public static CountryTable read(InputStream in) throws IOException {
    DataInputStream data =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (data.readInt() != MAGIC) {
      throw new IOException("Not a country table (no ZGEO header)");
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new IOException("Unsupported country table version " + version);
    }
    String description = data.readUTF();
    int countryCount = data.readUnsignedShort();
    if (countryCount < 1 || countryCount > 256) {
      throw new IOException("Bad country count " + countryCount);
    }
    String[] codes = new String[countryCount];
    byte[] code = new byte[2];
    for (int i = 1; i < countryCount; i++) {
      data.readFully(code);
      codes[i] = new String(code, StandardCharsets.US_ASCII);
    }
    int v4Count = count(data.readInt());
    int[] v4Starts = new int[v4Count];
    for (int i = 0; i < v4Count; i++) {
      v4Starts[i] = data.readInt();
    }
    byte[] v4Countries = new byte[v4Count];
    data.readFully(v4Countries);
    int v6Count = count(data.readInt());
    long[] v6Hi = new long[v6Count];
    long[] v6Lo = new long[v6Count];
    for (int i = 0; i < v6Count; i++) {
      v6Hi[i] = data.readLong();
      v6Lo[i] = data.readLong();
    }
    byte[] v6Countries = new byte[v6Count];
    data.readFully(v6Countries);
    try {
      return new CountryTable(codes, v4Starts, v4Countries, v6Hi, v6Lo, v6Countries, description);
    } catch (IllegalArgumentException e) {
      throw new IOException("Inconsistent country table: " + e.getMessage(), e);
    }
  }

  private static int count(int count) throws IOException {
    if (count < 0 || count > 50_000_000) {
      throw new IOException("Bad range count " + count);
    }
    return count;
  }

  public static void write(CountryTable table, OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeUTF(table.description());
    String[] codes = table.codes();
    data.writeShort(codes.length);
    for (int i = 1; i < codes.length; i++) {
      data.write(codes[i].getBytes(StandardCharsets.US_ASCII), 0, 2);
    }
    int v4 = table.ipv4Ranges();
    data.writeInt(v4);
    for (int i = 0; i < v4; i++) {
      data.writeInt(table.ipv4Start(i));
    }
    for (int i = 0; i < v4; i++) {
      data.writeByte(table.ipv4Country(i));
    }
    int v6 = table.ipv6Ranges();
    data.writeInt(v6);
    for (int i = 0; i < v6; i++) {
      data.writeLong(table.ipv6StartHi(i));
      data.writeLong(table.ipv6StartLo(i));
    }
    for (int i = 0; i < v6; i++) {
      data.writeByte(table.ipv6Country(i));
    }
    data.flush();
    gzip.finish();
    gzip.flush();
  }
}
