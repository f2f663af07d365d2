package jp.zairyu.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;

/**
 * Finds the shared Facelets templates of this jar ({@code META-INF/resources/WEB-INF/templates/…})
 * for both WARs. Mojarra looks a template up through the servlet context, which sees the {@code
 * META-INF/resources} of the jars in a WAR's own {@code WEB-INF/lib} but not those of the EAR's
 * {@code lib/}, where this jar is; so a template the WAR does not have is looked up on the class
 * path (the WAR's class loader sees {@code lib/}). Only {@code /WEB-INF/} paths are: no shared
 * template can be asked for as a page. Registered in each WAR's {@code faces-config.xml}.
 */
public class ViewResources extends ResourceHandlerWrapper {

  private static final String SHARED = "/WEB-INF/";

  public ViewResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String path) {
    ViewResource own = super.createViewResource(context, path);
    if (own != null || path == null || !path.startsWith(SHARED) || path.contains("..")) {
      return own;
    }
    URL shared =
        Thread.currentThread().getContextClassLoader().getResource("META-INF/resources" + path);
    if (shared == null) {
      return null;
    }
    return new ViewResource() {
      @Override
      public URL getURL() {
        return shared;
      }
    };
  }
}
