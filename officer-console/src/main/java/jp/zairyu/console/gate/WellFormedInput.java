package jp.zairyu.console.gate;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;
import jp.zairyu.web.WellFormedRequests;

/**
 * The console's requests are well-formed text or are answered with 400 and a bilingual page, before
 * any page, converter or query sees them (see {@link WellFormedRequests}).
 */
@WebFilter(
    filterName = "WellFormedInput",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class WellFormedInput extends WellFormedRequests {

  private static final long serialVersionUID = 1L;
}
