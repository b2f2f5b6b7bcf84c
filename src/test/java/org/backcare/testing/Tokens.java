package org.backcare.testing;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Mints portal tokens for tests, good ones and every kind of bad one, the way a portal (or an
 * attacker) would: with jose4j, never by hand except where the attack is a hand-made token.
 */
public final class Tokens {

  private final Map<String, Object> claims = new LinkedHashMap<>();
  private Key key;
  private String algorithm;

  private Tokens(String issuer, PrivateKey key) {
    Instant now = Instant.now();
    claims.put("iss", issuer);
    claims.put("aud", "backcare");
    claims.put("sub", "member-" + UUID.randomUUID());
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plusSeconds(120).getEpochSecond());
    this.key = key;
    this.algorithm =
        key instanceof RSAKey
            ? AlgorithmIdentifiers.RSA_USING_SHA256
            : AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;
  }

  /** A valid launch token from the portal of {@code issuer}, signed with {@code key}. */
  public static Tokens launch(String issuer, PrivateKey key) {
    return new Tokens(issuer, key);
  }

  public Tokens claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  public Tokens without(String name) {
    claims.remove(name);
    return this;
  }

  public Tokens expiresIn(Duration duration) {
    return claim("exp", Instant.now().plus(duration).getEpochSecond());
  }

  public Tokens issuedAt(Instant instant) {
    return claim("iat", instant.getEpochSecond());
  }

  public Tokens signedWith(Key signingKey, String jwsAlgorithm) {
    this.key = signingKey;
    this.algorithm = jwsAlgorithm;
    return this;
  }

  /** The compact JWS. */
  public String sign() {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(payload());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(algorithm);
    jws.setDoKeyValidation(false);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same claims with {@code alg: none} and an empty signature. */
  public String unsigned() {
    return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(payload()) + ".";
  }

  /** HS256 with the portal's public key as the shared secret: the classic key-confusion attack. */
  public String hmacWithPublicKey(PublicKey publicKey) {
    return signedWith(new HmacKey(publicKey.getEncoded()), AlgorithmIdentifiers.HMAC_SHA256).sign();
  }

  /** A validly signed token whose payload is then replaced, keeping the original signature. */
  public String tampered(String claimName, Object newValue) {
    String[] parts = sign().split("\\.");
    claims.put(claimName, newValue);
    return parts[0] + "." + base64(payload()) + "." + parts[2];
  }

  private String payload() {
    JwtClaims jwt = new JwtClaims();
    claims.forEach(jwt::setClaim);
    return jwt.toJson();
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  public static KeyPair rsaKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KeyPair ecKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code key} as PEM, the form tenant files use. */
  public static String pem(Key key) {
    String label = key instanceof PublicKey ? "PUBLIC KEY" : "PRIVATE KEY";
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.UTF_8))
            .encodeToString(key.getEncoded())
        + "\n-----END "
        + label
        + "-----";
  }
}
