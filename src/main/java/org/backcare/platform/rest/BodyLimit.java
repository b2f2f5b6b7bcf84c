package org.backcare.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.domain.RequestLimits;

/**
 * No API request body may exceed {@link #MAX_BYTES} (an eligibility file aside, {@link
 * RequestLimits#maxBody}): the largest real one (a toolbox order or a note) is a few kilobytes, and
 * reading megabytes of JSON to refuse it costs every other member. A declared length over the limit
 * is refused before reading; a body sent without a length is counted as it is read.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  /**
   * The one body limit ({@link RequestLimits#MAX_BODY_BYTES}), applied to bodies without a length.
   */
  public static final int MAX_BYTES = RequestLimits.MAX_BODY_BYTES;

  /**
   * The request property (a servlet request attribute) set when a body ran over the limit while it
   * was read: body readers wrap or drop the exception, so the problem mappers look here.
   */
  static final String EXCEEDED = "backcare.body-limit-exceeded";

  @Override
  public void filter(ContainerRequestContext request) {
    // The path inside the application, with or without a leading slash depending on the server.
    String path = request.getUriInfo().getPath(false).replaceFirst("^/+", "");
    int limit = RequestLimits.maxBody("/api/" + path);
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    if (request.hasEntity()) {
      request.setEntityStream(
          new Limited(
              request.getEntityStream(), limit, () -> request.setProperty(EXCEEDED, limit)));
    }
  }

  static DomainException tooLarge(int limit) {
    return DomainException.of(
        DomainException.Kind.TOO_LARGE, "payload-too-large", "payload-too-large", limit / 1024);
  }

  /** Whether {@code request}'s body ran over its limit. */
  static boolean exceeded(jakarta.servlet.http.HttpServletRequest request) {
    return request != null && request.getAttribute(EXCEEDED) instanceof Integer;
  }

  /** The refusal of {@code request}, whose body ran over its limit. */
  static DomainException tooLarge(jakarta.servlet.http.HttpServletRequest request) {
    return tooLarge((Integer) request.getAttribute(EXCEEDED));
  }

  /** Counts what is read and stops at the limit. */
  static final class Limited extends FilterInputStream {
    private final Runnable onExceeded;
    private final int limit;
    private long read;

    Limited(InputStream in, int limit, Runnable onExceeded) {
      super(in);
      this.limit = limit;
      this.onExceeded = onExceeded;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        onExceeded.run();
        throw new IOException("the request body is over " + limit + " bytes");
      }
    }
  }
}
