package jp.zairyu.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.zairyu.domain.model.access.AddressParser;

/**
 * Random addresses drawn from the data set: a range chosen uniformly among the CSV's ranges, then
 * an address uniformly within it. Held in every form the readers take: 128 bits, text and {@link
 * InetAddress}.
 */
final class Addresses {

  final long[] hi;
  final long[] lo;
  final String[] text;
  final InetAddress[] inet;

  private Addresses(int count) {
    hi = new long[count];
    lo = new long[count];
    text = new String[count];
    inet = new InetAddress[count];
  }

  static Addresses drawn(Path csv, int count, long seed) throws IOException {
    List<BigInteger[]> ranges = new ArrayList<>();
    AddressParser parser = new AddressParser();
    boolean ipv4 = true;
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      String[] fields = line.split(",");
      if (fields.length != 3) {
        continue;
      }
      ipv4 = fields[0].indexOf(':') < 0;
      ranges.add(new BigInteger[] {number(parser, fields[0]), number(parser, fields[1])});
    }
    SplittableRandom random = new SplittableRandom(seed);
    Addresses addresses = new Addresses(count);
    for (int i = 0; i < count; i++) {
      BigInteger[] range = ranges.get(random.nextInt(ranges.size()));
      BigInteger width = range[1].subtract(range[0]).add(BigInteger.ONE);
      BigInteger offset =
          new BigInteger(width.bitLength() + 8, new java.util.Random(random.nextLong())).mod(width);
      BigInteger address = range[0].add(offset);
      byte[] bytes = toBytes(address);
      addresses.hi[i] = address.shiftRight(64).longValue();
      addresses.lo[i] = address.longValue();
      byte[] raw = ipv4 ? java.util.Arrays.copyOfRange(bytes, 12, 16) : bytes;
      addresses.inet[i] = InetAddress.getByAddress(raw);
      addresses.text[i] = addresses.inet[i].getHostAddress();
    }
    return addresses;
  }

  private static BigInteger number(AddressParser parser, String text) {
    if (!parser.parse(text.strip())) {
      throw new IllegalArgumentException("No address: " + text);
    }
    return new BigInteger(1, toBytes(parser.hi(), parser.lo()));
  }

  private static byte[] toBytes(long hi, long lo) {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (hi >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
    }
    return bytes;
  }

  private static byte[] toBytes(BigInteger value) {
    return toBytes(value.shiftRight(64).longValue(), value.longValue());
  }
}
