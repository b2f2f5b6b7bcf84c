package org.backcare.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventSignatureTest {

  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final String BODY = "{\"id\":\"e1\",\"type\":\"session.completed\"}";

  @Test
  void matchesAnIndependentlyComputedHmacSha256() {
    // Known answer computed with: printf '%s' '1700000000.<body>' |
    //   openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
    String header = EventSignature.header(SECRET, 1_700_000_000L, BODY);
    assertEquals(
        "t=1700000000,v1=" + KnownAnswer.HEX,
        header,
        "the signature covers '<t>.<body>' with the tenant's secret");
  }

  @Test
  void aPortalAcceptsItsOwnEventWithinTheTolerance() {
    String header = EventSignature.header(SECRET, 1_700_000_000L, BODY);
    assertTrue(
        EventSignature.verify(SECRET, header, BODY, 1_700_000_100L, 300),
        "a portal accepts the event's own signature 100 s later, within its 300 s tolerance");
  }

  @Test
  void aChangedBodyWrongSecretOldTimeOrMangledHeaderIsRefused() {
    String header = EventSignature.header(SECRET, 1_700_000_000L, BODY);
    assertFalse(EventSignature.verify(SECRET, header, BODY + " ", 1_700_000_000L, 300), "body");
    assertFalse(
        EventSignature.verify(SECRET.replace('0', '1'), header, BODY, 1_700_000_000L, 300),
        "secret");
    assertFalse(EventSignature.verify(SECRET, header, BODY, 1_700_000_301L, 300), "replayed late");
    assertFalse(
        EventSignature.verify(
            SECRET, header.replace("t=1700000000", "t=1700000200"), BODY, 1_700_000_200L, 300),
        "a fresh time on an old signature");
    assertFalse(EventSignature.verify(SECRET, "v1=abc", BODY, 1_700_000_000L, 300), "no time");
    assertFalse(EventSignature.verify(SECRET, null, BODY, 1_700_000_000L, 300), "no header");
  }

  /** Kept apart so the expected value is visibly not produced by the code under test. */
  private static final class KnownAnswer {
    static final String HEX = "75e6ca9ef342c2f07a822c6e31f8bf9c5c6c293065475028898352b481e199f0";
  }
}
