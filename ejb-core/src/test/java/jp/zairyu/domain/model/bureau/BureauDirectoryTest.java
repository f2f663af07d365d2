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
}
