package jp.zairyu.console;

import jp.zairyu.web.WarArchitecture;
import org.junit.jupiter.api.Test;

/** The console's classes use the application layer and the web toolkit, never infrastructure. */
class ArchitectureTest {

  @Test
  void pagesUseTheApplicationLayerAndTheToolkitOnly() {
    WarArchitecture.check("jp.zairyu.console");
  }
}
