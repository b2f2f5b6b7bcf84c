package org.backcare.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Catalogue answers with a strong {@code ETag} (a hash of the body) that answer a matching {@code
 * If-None-Match} with 304, so portals and apps can poll catalogues cheaply.
 *
 * <p>Catalogue bodies are records of the same few pages over and over, so the JSON and its hash are
 * remembered by the body's value: a repeated read costs building the view, not writing and hashing
 * it again (on a catalogue read that was most of what the application added to the static-file
 * floor). Only bodies equal by value ever match; at most {@link #REMEMBERED} are kept.
 */
public final class CacheableJson {

  /** Bodies whose JSON is remembered: every page of every catalogue in every language fits. */
  static final int REMEMBERED = 512;

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Map<Object, Encoded> ENCODED = new ConcurrentHashMap<>();

  /** A body as sent: its JSON and the tag that names it. */
  private record Encoded(String json, EntityTag tag) {}

  private CacheableJson() {}

  public static Response of(Request request, Object body) {
    Encoded encoded = encode(body);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(encoded.tag());
    if (notModified != null) {
      return notModified.tag(encoded.tag()).header("Cache-Control", "private, no-cache").build();
    }
    return Response.ok(encoded.json(), MediaType.APPLICATION_JSON)
        .tag(encoded.tag())
        .header("Cache-Control", "private, no-cache")
        .build();
  }

  private static Encoded encode(Object body) {
    Encoded known = ENCODED.get(body);
    if (known != null) {
      return known;
    }
    String json = JSONB.toJson(body);
    Encoded encoded = new Encoded(json, new EntityTag(sha256(json)));
    if (ENCODED.size() >= REMEMBERED) {
      ENCODED.clear();
    }
    ENCODED.put(body, encoded);
    return encoded;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
