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

/**
 * Catalogue answers with a strong {@code ETag} (a hash of the body) that answer a matching {@code
 * If-None-Match} with 304, so portals and apps can poll catalogues cheaply. The body is always
 * computed (it is small and cached data), only the transfer is saved.
 */
public final class CacheableJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private CacheableJson() {}

  public static Response of(Request request, Object body) {
    String json = JSONB.toJson(body);
    EntityTag tag = new EntityTag(sha256(json));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).header("Cache-Control", "private, no-cache").build();
    }
    return Response.ok(json, MediaType.APPLICATION_JSON)
        .tag(tag)
        .header("Cache-Control", "private, no-cache")
        .build();
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
