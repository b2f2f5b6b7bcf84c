package org.backcare.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on an event: HMAC-SHA256, keyed with the employer's secret, over the send time and
 * the exact body ({@code <unix seconds>.<body>}), sent as {@code Backcare-Signature: t=<unix
 * seconds>,v1=<hex>}. The time is inside the signature so a captured request cannot be replayed
 * later with a fresh time; the portal rejects times too far from its clock.
 */
public final class EventSignature {

  /** The header the signature travels in. */
  public static final String HEADER = "Backcare-Signature";

  private EventSignature() {}

  /** The header value for {@code body} sent at {@code epochSeconds}. */
  public static String header(String secret, long epochSeconds, String body) {
    return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
  }

  /**
   * Whether {@code header} is a valid signature of {@code body} by {@code secret}, made within
   * {@code toleranceSeconds} of {@code nowEpochSeconds}: what a portal does on receipt.
   */
  public static boolean verify(
      String secret, String header, String body, long nowEpochSeconds, long toleranceSeconds) {
    if (header == null) {
      return false;
    }
    Long time = null;
    String signature = null;
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("[0-9]{1,12}")) {
        time = Long.parseLong(pair[1]);
      } else if (pair.length == 2 && pair[0].equals("v1")) {
        signature = pair[1];
      }
    }
    if (time == null || signature == null) {
      return false;
    }
    if (Math.abs(nowEpochSeconds - time) > toleranceSeconds) {
      return false;
    }
    return MessageDigest.isEqual(
        hmac(secret, time + "." + body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
