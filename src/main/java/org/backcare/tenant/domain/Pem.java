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
    byte[] der = body(pem, "PUBLIC KEY");
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return strong(
            KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)));
      } catch (GeneralSecurityException e) {
        // try the next key type
      }
    }
    throw new IllegalArgumentException("is not an RSA or EC public key in PEM form");
  }

  /** The private key in {@code pem} ({@code -----BEGIN PRIVATE KEY-----}, PKCS #8). */
  public static PrivateKey privateKey(String pem) {
    byte[] der = body(pem, "PRIVATE KEY");
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return strong(
            KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der)));
      } catch (GeneralSecurityException e) {
        // try the next key type
      }
    }
    throw new IllegalArgumentException("is not an RSA or EC private key in PKCS #8 PEM form");
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
