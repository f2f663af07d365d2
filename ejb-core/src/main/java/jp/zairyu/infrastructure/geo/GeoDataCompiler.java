package jp.zairyu.infrastructure.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.zairyu.domain.model.access.AddressParser;
import jp.zairyu.domain.model.access.IpAddress;

/**
 * Compiles the CSV files of {@code @ip-location-db/geo-whois-asn-country} into the country table
 * file the application reads ({@link CountryTableFile}). Run by {@code
 * ejb-core/src/main/geo/regenerate.sh}:
 *
 * <pre>
 * java -cp ejb-core/target/classes jp.zairyu.infrastructure.geo.GeoDataCompiler \
 *     ipv4.csv ipv6.csv out.bin.gz "description" [samples.csv]
 * </pre>
 *
 * The output is written to a temporary file and moved into place, so a server that watches the file
 * never reads half of it. With a fifth argument it also writes test samples: the first, last and
 * middle address of 300 IPv4 and 300 IPv6 ranges drawn from the CSV (ranges that overlap no other),
 * each with its country, for {@code CountryTableDataSetTest}.
 */
public final class GeoDataCompiler {

  private static final int SAMPLED_RANGES = 300;

  private GeoDataCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4 && args.length != 5) {
      System.err.println(
          "usage: GeoDataCompiler ipv4.csv ipv6.csv output.bin.gz description [samples.csv]");
      System.exit(2);
    }
    CountryTableBuilder builder = new CountryTableBuilder();
    for (int i = 0; i < 2; i++) {
      try (BufferedReader csv = Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8)) {
        builder.addCsv(csv);
      }
    }
    CountryTable table = builder.build(args[3]);
    Path output = Path.of(args[2]).toAbsolutePath();
    Path temporary = Files.createTempFile(output.getParent(), ".geo", ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      CountryTableFile.write(table, out);
    }
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default permissions
    }
    Files.move(
        temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("Wrote " + output + ": " + table);
    if (args.length == 5) {
      writeSamples(Path.of(args[0]), Path.of(args[1]), Path.of(args[4]));
      System.out.println("Wrote samples to " + args[4]);
    }
  }

  private static void writeSamples(Path ipv4, Path ipv6, Path samples) throws IOException {
    Random random = new Random(20260617);
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(samples, StandardCharsets.UTF_8))) {
      out.println("# address,country: first, middle and last address of ranges of the data set");
      for (Path csv : List.of(ipv4, ipv6)) {
        List<BigInteger[]> ranges = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        AddressParser parser = new AddressParser();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
          String[] fields = line.split(",");
          if (fields.length == 3) {
            ranges.add(new BigInteger[] {number(parser, fields[0]), number(parser, fields[1])});
            countries.add(fields[2].strip());
          }
        }
        int written = 0;
        while (written < SAMPLED_RANGES) {
          int i = random.nextInt(ranges.size());
          BigInteger first = ranges.get(i)[0];
          BigInteger last = ranges.get(i)[1];
          boolean alone =
              (i == 0 || ranges.get(i - 1)[1].compareTo(first) < 0)
                  && (i == ranges.size() - 1 || ranges.get(i + 1)[0].compareTo(last) > 0);
          if (!alone) {
            continue;
          }
          BigInteger middle = first.add(last).shiftRight(1);
          for (BigInteger address : List.of(first, middle, last)) {
            out.println(text(address) + "," + countries.get(i));
          }
          written++;
        }
      }
    }
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

  private static String text(BigInteger address) {
    long hi = address.shiftRight(64).longValue();
    long lo = address.longValue();
    return new IpAddress(hi, lo).toString();
  }
}
