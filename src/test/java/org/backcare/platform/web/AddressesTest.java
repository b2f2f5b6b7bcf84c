package org.backcare.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/backcare/api/v1/tips/a%2Fb, true",
    "/backcare/api/v1/tips/a%2fb, true",
    "/backcare/api/v1/tips/a%5Cb, true",
    "/backcare/%2e%2e/x, true",
    "/backcare/..%2fWEB-INF/web.xml, true",
    "/backcare/a/../WEB-INF/web.xml, true",
    "/backcare/WEB-INF/web.xml, true",
    "/backcare/web-inf/web.xml, true",
    "/backcare/META-INF/MANIFEST.MF, true",
    "/backcare/%57EB-INF/web.xml, true",
    "/backcare/%4DETA-INF/MANIFEST.MF, true",
    "/backcare/%77eb-inf/web.xml, true",
    "/backcare/%E2%82%ACWEB-INF, false",
    "/backcare/tips/%ZZ, false",
    "/backcare/api/v1/tips/walk-tall-relaxed-shoulders, false",
    "/backcare/tips/tip.xhtml, false",
    "/backcare/resources/css/backcare.css, false",
    "/backcare/, false",
  })
  void addressesNothingCanAnswerAreUnservable(String path, boolean unservable) {
    assertEquals(unservable, Addresses.unservable(path, "/backcare"), path);
  }
}
