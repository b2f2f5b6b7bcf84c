package org.backcare.signon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The frame cookie must carry the very value the server gave the session cookie, whatever the
 * server's format: Payara and Tomcat put the bare session id in their {@code Set-Cookie}, Open
 * Liberty adds a cache id and a clone id.
 */
class SessionCookiesTest {

  private static HttpServletResponse responseWith(List<String> setCookies) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeaders") && "Set-Cookie".equals(args[0])) {
                return setCookies;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void theServersOwnSessionCookieValueIsCopied() {
    HttpServletResponse response =
        responseWith(
            List.of(
                "OTHER=x; Path=/",
                "BACKCARE_SESSION=3c07649f6ea7904c1c07fbdf25d6; Path=/backcare; HttpOnly; SameSite=lax"));
    assertEquals(
        Optional.of("3c07649f6ea7904c1c07fbdf25d6"),
        SessionCookies.serverValue(response, "BACKCARE_SESSION"),
        "the frame cookie copies the server's own BACKCARE_SESSION value, nothing else");
  }

  @Test
  void theLastValueWinsAndNoCookieMeansNone() {
    assertEquals(
        Optional.of("0000b:clone"),
        SessionCookies.serverValue(
            responseWith(List.of("BACKCARE_SESSION=a", "BACKCARE_SESSION=0000b:clone; Path=/")),
            "BACKCARE_SESSION"),
        "of two session cookies set, the last wins, Liberty's id:clone form included");
    assertEquals(
        Optional.empty(),
        SessionCookies.serverValue(
            responseWith(List.of("BACKCARE_SESSIONX=a; Path=/")), "BACKCARE_SESSION"),
        "a cookie whose name merely starts with BACKCARE_SESSION is not the session cookie");
    assertEquals(
        Optional.empty(),
        SessionCookies.serverValue(responseWith(List.of()), "BACKCARE_SESSION"),
        "no Set-Cookie at all means no session value to copy into the frame cookie");
  }
}
