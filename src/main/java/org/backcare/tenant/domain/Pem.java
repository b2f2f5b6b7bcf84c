package org.backcare.tenant.domain;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the PEM keys a tenant file carries. Tolerant of layout (properties files join continued
 * lines with spaces), strict about strength: RSA keys of at least 2048 bits or EC keys on P-256,
 * the two key types behind the accepted algorithms RS256 and ES256.
 */
public final class Pem {

  private Pem() {}

  /** The public key in {@code pem} ({@code -----BEGIN PUBLIC KEY-----}, X.509). */
  public static PublicKey publicKey(String pem) {
    X509EncodedKeySpec spec = new X509EncodedKeySpec(body(pem, "PUBLIC KEY"));
    return decode(
        factory -> factory.generatePublic(spec), "is not an RSA or EC public key in PEM form");
  }

  /** The private key in {@code pem} ({@code -----BEGIN PRIVATE KEY-----}, PKCS #8). */
  public static PrivateKey privateKey(String pem) {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(body(pem, "PRIVATE KEY"));
    return decode(
        factory -> factory.generatePrivate(spec),
        "is not an RSA or EC private key in PKCS #8 PEM form");
  }

  private interface KeyReader<K extends Key> {
    K read(KeyFactory factory) throws GeneralSecurityException;
  }

  /** The key {@code reader} gets from the first key type (RSA, then EC) that accepts it. */
  private static <K extends Key> K decode(KeyReader<K> reader, String failure) {
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return strong(reader.read(KeyFactory.getInstance(algorithm)));
      } catch (GeneralSecurityException e) {
        // not this key type; try the next
      }
    }
    throw new IllegalArgumentException(failure);
  }

  private static byte[] body(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("is not PEM: expected " + begin + " ... " + end);
    }
    String base64 = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not valid base64 inside the PEM markers");
    }
  }

  private static <K extends Key> K strong(K key) {
    if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
      throw new IllegalArgumentException(
          "is an RSA key of " + rsa.getModulus().bitLength() + " bits; at least 2048 are required");
    }
    if (key instanceof ECKey ec && ec.getParams().getCurve().getField().getFieldSize() != 256) {
      throw new IllegalArgumentException("is an EC key that is not on the P-256 curve");
    }
    return key;
  }
}
