package jp.zairyu.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted with a view state the server does not hold — expired with the session or the view
 * map, or never given out (forged) — gets a clear page instead of a 500: 400 with the bilingual
 * {@link ClearAnswers#expiredPage page} and a link that opens the page anew; an AJAX request is
 * sent to the page again. Nothing of the form is applied. Each front end registers {@link Factory}
 * in its {@code faces-config.xml}; every other exception goes on to the error page.
 */
public final class ExpiredViews extends ExceptionHandlerWrapper {

  /** Registered as the {@code exception-handler-factory} of each WAR. */
  public static final class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViews(getWrapped().getExceptionHandler());
    }
  }

  ExpiredViews(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (faces != null && isExpiredView(thrown)) {
        events.remove();
        answer(faces);
      }
    }
    getWrapped().handle();
  }

  static boolean isExpiredView(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static void answer(FacesContext faces) {
    if (faces.getResponseComplete()) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    String again = again(external);
    try {
      if (faces.getPartialViewContext().isAjaxRequest()) {
        external.redirect(again);
      } else if (!external.isResponseCommitted()) {
        external.responseReset();
        external.setResponseStatus(400);
        external.setResponseContentType("text/html;charset=UTF-8");
        external.setResponseHeader("Cache-Control", "no-store");
        external.getResponseOutputWriter().write(ClearAnswers.expiredPage(again));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** The page's own address, where a GET opens it anew (its view parameters kept). */
  private static String again(ExternalContext external) {
    Object request = external.getRequest();
    if (request instanceof jakarta.servlet.http.HttpServletRequest http) {
      String query = http.getQueryString();
      return http.getRequestURI() + (query == null ? "" : "?" + query);
    }
    return external.getRequestContextPath() + "/";
  }
}
