package jp.zairyu.domain.model.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BureauDirectoryTest {

  private final BureauDirectory bureaus = BureauDirectory.standard();

  @Test
  void everyOneOfThe47PrefecturesHasExactlyOneBureau() {
    assertThat(bureaus.prefectures()).hasSize(47).doesNotHaveDuplicates();
    assertThat(bureaus.all()).hasSize(8);
  }

  @ParameterizedTest
  @CsvSource({
    "北海道,SAPPORO",
    "宮城県,SENDAI",
    "東京都,TOKYO",
    "長野県,TOKYO",
    "愛知県,NAGOYA",
    "大阪府,OSAKA",
    "広島県,HIROSHIMA",
    "高知県,TAKAMATSU",
    "沖縄県,FUKUOKA"
  })
  void routesByPrefecture(String prefecture, String bureau) {
    assertThat(bureaus.competentFor(prefecture)).map(Bureau::code).contains(bureau);
  }

  @Test
  void unknownPlacesHaveNoBureau() {
    assertThat(bureaus.competentFor("東京")).isEmpty();
    assertThat(bureaus.competentFor("California")).isEmpty();
    assertThat(bureaus.competentFor(null)).isEmpty();
  }

  /** The shipped tables are verbatim copies of the project's domain reference, when present. */
  @Test
  void shippedTablesMatchTheDomainReference() throws IOException {
    Path reference = Path.of("..", "..", "shared", "domain");
    Assumptions.assumeTrue(Files.isDirectory(reference), "domain reference not checked out here");
    try (Stream<Path> tables = Files.list(reference)) {
      for (Path table : tables.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Path shipped = Path.of("src", "main", "resources", "domain").resolve(table.getFileName());
        assertThat(shipped).hasSameBinaryContentAs(table);
      }
    }
  }

  /**
   * Every bureau's window hours come from bureau-windows.csv (one row per bureau, with a source).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "SAPPORO;   平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
        "SENDAI;    平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
        "TOKYO;     平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
        "NAGOYA;    平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
        "OSAKA;     平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
        "HIROSHIMA; 平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
        "TAKAMATSU; 平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
        "FUKUOKA;   平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00",
      })
  void everyBureauHasItsWindowHoursFromTheTable(String code, String hours) {
    WindowHours window = bureaus.byCode(code).orElseThrow().windowHours();
    assertThat(window.ja()).isEqualTo(hours);
    assertThat(window.en()).endsWith("9:00-12:00 and 13:00-16:00");
  }

  @Test
  void aBureauWithoutHoursOrBrokenHoursIsRefused() {
    jp.zairyu.domain.model.reference.CsvTable bureausTable =
        jp.zairyu.domain.model.reference.CsvTable.load("bureaus.csv");
    String header = "code,days_ja,days_en,hours,source\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                BureauDirectory.fromTables(
                    bureausTable,
                    jp.zairyu.domain.model.reference.CsvTable.parse(
                        header + "TOKYO,平日,weekdays,09:00-16:00,x\n")))
        .hasMessageContaining("does not match");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> WindowHours.parse("平日", "weekdays", java.util.List.of("13:00-12:00")))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                WindowHours.parse(
                    "平日", "weekdays", java.util.List.of("09:00-12:30", "12:00-16:00")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
