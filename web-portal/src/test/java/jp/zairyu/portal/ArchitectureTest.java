package jp.zairyu.portal;

import jp.zairyu.web.WarArchitecture;
import org.junit.jupiter.api.Test;

/** The portal's classes use the application layer and the web toolkit, never infrastructure. */
class ArchitectureTest {

  @Test
  void pagesUseTheApplicationLayerAndTheToolkitOnly() {
    WarArchitecture.check("jp.zairyu.portal");
  }
}
