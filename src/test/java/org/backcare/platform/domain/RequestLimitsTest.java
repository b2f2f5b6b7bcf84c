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
    assertEquals(
        "method-not-allowed",
        refusal.slug(),
        method + " is refused as a method pages do not answer");
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
    assertEquals(
        405,
        RequestLimits.check("XYZ1", "/api/v1/me", true, -1, null, false).status(),
        "a made-up method is refused by the API, never passed on");
    assertEquals(
        405,
        RequestLimits.check("TRACE", "/api/v1/me", true, -1, null, false).status(),
        "TRACE is refused by the API: it would echo the member's headers back");
  }

  @Test
  void aMadeUpMethodIsNamedInTheMessageOnlyAsPrintableText() {
    Refusal refusal =
        RequestLimits.check("<script>A-VERY-LONG-METHOD-NAME", "/", false, -1, null, false);
    assertEquals(
        "?script?A-VERY-LONG-...",
        refusal.argument(),
        "the client's method is cut short and markup characters replaced before it goes in a message");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/WEB-INF/web.xml", "/web-inf/web.xml", "/META-INF/MANIFEST.MF", "//WEB-INF/x"})
  void thePrivateFoldersAreNotFoundInAnySpelling(String path) {
    Refusal refusal = RequestLimits.check("GET", path, false, -1, null, false);
    assertEquals(404, refusal.status(), path);
    assertTrue(
        RequestLimits.hidden(path),
        path + " is recognised as pointing into the WAR's private folders");
  }

  @Test
  void aFolderThatOnlyStartsLikeAPrivateOneIsNotHidden() {
    assertFalse(
        RequestLimits.hidden("/resources/WEB-INF.css"),
        "a file merely named like WEB-INF is served, not hidden");
    assertFalse(RequestLimits.hidden("/toolbox/"), "an ordinary page is not hidden");
  }

  @Test
  void oneBodyLimitForFormsAndTheApiAlike() {
    long over = RequestLimits.MAX_BODY_BYTES + 1L;
    for (boolean api : new boolean[] {true, false}) {
      Refusal refusal = RequestLimits.check("POST", "/x", api, over, FORM, false);
      assertEquals(
          413,
          refusal.status(),
          "api=" + api + ": a body over 64 KiB is refused before it is read");
      assertEquals(
          "payload-too-large",
          refusal.slug(),
          "api=" + api + ": the refusal is the payload-too-large problem");
      assertEquals(64, refusal.argument(), "api=" + api + ": the message names the limit in KiB");
      assertTrue(
          refusal.closesConnection(), "api=" + api + ": the unread body ends the connection");
      assertNull(
          RequestLimits.check("POST", "/x", api, RequestLimits.MAX_BODY_BYTES, FORM, false),
          "api=" + api + ": a body of exactly 64 KiB is accepted");
    }
  }

  @Test
  void aFormWithoutALengthIsRefusedBecauseTheServerWouldReadItWhole() {
    Refusal refusal = RequestLimits.check("POST", "/launch", false, -1, FORM, true);
    assertEquals(
        411,
        refusal.status(),
        "a chunked form post is refused: the server would read it whole before counting");
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
    assertEquals(
        415,
        multipart.status(),
        "no page takes a file, so a multipart post is refused before its parts are parsed");
    assertEquals("form-type", multipart.slug(), "the refusal is the form-type problem");
    assertEquals(
        415,
        RequestLimits.check("POST", "/index.xhtml", false, -1, "Multipart/Mixed", true).status(),
        "multipart is refused in any spelling, even without a length");
    assertNull(
        RequestLimits.check("POST", "/api/v1/me/tries", true, -1, "application/json", false),
        "the API counts a body without a length as it reads it");
  }

  @Test
  void parametersAreCountedInTheBodyAndInTheAddress() {
    assertNull(
        RequestLimits.checkParameters(RequestLimits.MAX_PARAMETERS, true),
        "exactly the most parameters a request may carry is accepted");
    assertEquals(
        413,
        RequestLimits.checkParameters(RequestLimits.MAX_PARAMETERS + 1, true).status(),
        "one parameter too many in a body is a body too large");
    assertEquals(
        400,
        RequestLimits.checkParameters(RequestLimits.MAX_PARAMETERS + 1, false).status(),
        "one parameter too many in the address alone is a bad request");
    assertEquals(
        "too-many-parameters",
        RequestLimits.checkParameters(200_000, true).slug(),
        "a flood of fields is refused as too many parameters");
  }

  @Test
  void onlyUrlEncodedFormsAreParsedIntoParameters() {
    assertTrue(
        RequestLimits.mayHaveParameters("application/x-www-form-urlencoded; charset=UTF-8"),
        "a URL-encoded form with a charset is parsed into parameters");
    assertTrue(
        RequestLimits.mayHaveParameters("Application/X-WWW-Form-Urlencoded"),
        "the form type is recognised in any case");
    assertFalse(
        RequestLimits.mayHaveParameters("application/json"),
        "a JSON body is not parsed into parameters");
    assertFalse(
        RequestLimits.mayHaveParameters(null),
        "a body without a type is not parsed into parameters");
  }

  @Test
  void onlyTheEligibilityFileAddressTakesMoreThanTheOneBodyLimit() {
    String file = "/api/v1/operations/tenants/acme/eligibility-file";
    assertEquals(32 * 1024 * 1024, RequestLimits.maxBody(file), "a whole population's CSV fits");
    assertNull(
        RequestLimits.check("POST", file, true, 600_000, "text/csv", false),
        "a 600 KB eligibility file is accepted at its address");
    for (String other :
        new String[] {
          "/api/v1/me/tries",
          "/api/v1/operations/tenants/acme/eligibility-file/x",
          "/api/v1/operations/tenants/ACME/eligibility-file",
          "/scim/v2/acme/Users",
          "/toolbox/"
        }) {
      assertEquals(64 * 1024, RequestLimits.maxBody(other), other + " keeps the one limit");
      assertEquals(
          413,
          RequestLimits.check("POST", other, true, 600_000, "application/json", false).status(),
          other + " refuses 600 KB");
    }
  }
}
