package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class ExpiredViewsTest {

  @Test
  void anExpiredViewIsRecognisedAlsoWhenWrapped() {
    ViewExpiredException expired = new ViewExpiredException("gone", "/login.xhtml");
    assertThat(ExpiredViews.isExpiredView(expired)).isTrue();
    assertThat(ExpiredViews.isExpiredView(new FacesException(expired))).isTrue();
  }

  @Test
  void otherFailuresGoOnToTheErrorPage() {
    assertThat(ExpiredViews.isExpiredView(new IllegalStateException("boom"))).isFalse();
    assertThat(ExpiredViews.isExpiredView(new FacesException(new NullPointerException())))
        .isFalse();
  }
}
