package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import org.junit.jupiter.api.Test;

class ViewResourcesTest {

  /** A WAR that has none of the shared templates. */
  private final ViewResources resources = new ViewResources(new EmptyWar());

  @Test
  void aSharedTemplateTheWarLacksComesFromTheToolkit() {
    ViewResource site = resources.createViewResource(null, "/WEB-INF/templates/site.xhtml");

    assertThat(site).isNotNull();
    assertThat(site.getURL().toString())
        .endsWith("META-INF/resources/WEB-INF/templates/site.xhtml");
  }

  @Test
  void nothingOutsideWebInfIsLookedUpSoNoTemplateBecomesAPage() {
    assertThat(resources.createViewResource(null, "/css/base.css")).isNull();
    assertThat(resources.createViewResource(null, "/WEB-INF/../WEB-INF/templates/site.xhtml"))
        .isNull();
    assertThat(resources.createViewResource(null, "/WEB-INF/templates/none.xhtml")).isNull();
  }

  private static final class EmptyWar extends ResourceHandler {

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
      return null;
    }

    @Override
    public Resource createResource(String resourceName) {
      return null;
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
      return null;
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
      return null;
    }

    @Override
    public void handleResourceRequest(FacesContext context) {}

    @Override
    public boolean isResourceRequest(FacesContext context) {
      return false;
    }

    @Override
    public boolean libraryExists(String libraryName) {
      return false;
    }

    @Override
    public String getRendererTypeForResourceName(String resourceName) {
      return null;
    }
  }
}
