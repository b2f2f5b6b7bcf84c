package org.backcare.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backcare.platform.domain.RequestLimits.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestLimitsTest {

  private static final String FORM = "application/x-www-form-urlencoded";

  @ParameterizedTest
  @ValueSource(strings = {"XYZ1", "TRACE", "CONNECT", "PROPFIND", "get", "PUT", "DELETE", "PATCH"})
  void aPageAnswersOnlyWhatABrowserSends(String method) {
    Refusal refusal = RequestLimits.check(method, "/toolbox/", false, -1, null, false);
    assertEquals(405, refusal.status(), method);
    assertEquals("method-not-allowed", refusal.slug());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "POST"})
  void aPageAnswersReadsAndFormPosts(String method) {
    assertNull(RequestLimits.check(method, "/toolbox/", false, 10, FORM, false), method);
  }

  @Test
  void theApiAnswersItsOwnMethodsAndNoMadeUpOne() {
    for (String method : new String[] {"GET", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
      assertNull(RequestLimits.check(method, "/api/v1/me", true, -1, null, false), method);
    }
    assertEquals(405, RequestLimits.check("XYZ1", "/api/v1/me", true, -1, null, false).status());
    assertEquals(405, RequestLimits.check("TRACE", "/api/v1/me", true, -1, null, false).status());
  }

  @Test
  void aMadeUpMethodIsNamedInTheMessageOnlyAsPrintableText() {
    Refusal refusal =
        RequestLimits.check("<script>A-VERY-LONG-METHOD-NAME", "/", false, -1, null, false);
    assertEquals("?script?A-VERY-LONG-...", refusal.argument());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/WEB-INF/web.xml", "/web-inf/web.xml", "/META-INF/MANIFEST.MF", "//WEB-INF/x"})
  void thePrivateFoldersAreNotFoundInAnySpelling(String path) {
    Refusal refusal = RequestLimits.check("GET", path, false, -1, null, false);
    assertEquals(404, refusal.status(), path);
    assertTrue(RequestLimits.hidden(path));
  }

  @Test
  void aFolderThatOnlyStartsLikeAPrivateOneIsNotHidden() {
    assertFalse(RequestLimits.hidden("/resources/WEB-INF.css"));
    assertFalse(RequestLimits.hidden("/toolbox/"));
  }

  @Test
  void oneBodyLimitForFormsAndTheApiAlike() {
    long over = RequestLimits.MAX_BODY_BYTES + 1L;
    for (boolean api : new boolean[] {true, false}) {
      Refusal refusal = RequestLimits.check("POST", "/x", api, over, FORM, false);
      assertEquals(413, refusal.status());
      assertEquals("payload-too-large", refusal.slug());
      assertEquals(64, refusal.argument());
      assertTrue(refusal.closesConnection());
      assertNull(RequestLimits.check("POST", "/x", api, RequestLimits.MAX_BODY_BYTES, FORM, false));
    }
  }

  @Test
  void aFormWithoutALengthIsRefusedBecauseTheServerWouldReadItWhole() {
    Refusal refusal = RequestLimits.check("POST", "/launch", false, -1, FORM, true);
    assertEquals(411, refusal.status());
    assertNull(
        RequestLimits.check("POST", "/api/v1/me/tries", true, -1, "application/json", true),
        "a JSON body without a length is counted as it is read (BodyLimit)");
  }

  @Test
  void aPagePostWithoutALengthOrAsMultipartIsRefused() {
    assertEquals(
        411,
        RequestLimits.check("POST", "/toolbox/", false, -1, FORM, false).status(),
        "no length and no Transfer-Encoding (HTTP/2)");
    Refusal multipart =
        RequestLimits.check(
            "POST", "/index.xhtml", false, 100, "multipart/form-data; boundary=x", false);
    assertEquals(415, multipart.status());
    assertEquals("form-type", multipart.slug());
    assertEquals(
        415,
        RequestLimits.check("POST", "/index.xhtml", false, -1, "Multipart/Mixed", true).status());
    assertNull(
        RequestLimits.check("POST", "/api/v1/me/tries", true, -1, "application/json", false),
        "the API counts a body without a length as it reads it");
  }

  @Test
  void parametersAreCountedInTheBodyAndInTheAddress() {
    assertNull(RequestLimits.checkParameters(RequestLimits.MAX_PARAMETERS, true));
    assertEquals(
        413, RequestLimits.checkParameters(RequestLimits.MAX_PARAMETERS + 1, true).status());
    assertEquals(
        400, RequestLimits.checkParameters(RequestLimits.MAX_PARAMETERS + 1, false).status());
    assertEquals("too-many-parameters", RequestLimits.checkParameters(200_000, true).slug());
  }

  @Test
  void onlyUrlEncodedFormsAreParsedIntoParameters() {
    assertTrue(RequestLimits.mayHaveParameters("application/x-www-form-urlencoded; charset=UTF-8"));
    assertTrue(RequestLimits.mayHaveParameters("Application/X-WWW-Form-Urlencoded"));
    assertFalse(RequestLimits.mayHaveParameters("application/json"));
    assertFalse(RequestLimits.mayHaveParameters(null));
  }
}
