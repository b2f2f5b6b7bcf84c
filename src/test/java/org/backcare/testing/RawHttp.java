package org.backcare.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, as an attacker's client sends it: any {@code Host}, any method,
 * headers Java's HTTP client refuses to send, and a declared body that is never sent. The answer is
 * read until the server closes the connection.
 */
public final class RawHttp {

  private final URL base;

  public RawHttp(URL base) {
    this.base = base;
  }

  /** A status line, its headers and its body (chunked transfer coding undone). */
  public record Answer(int status, String headers, String body) {

    /** The first value of header {@code name}, or {@code null}. */
    public String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  /** {@code requestLine} (method and path) with {@code Host} as given and {@code extra} headers. */
  public Answer send(String requestLine, String hostHeader, String extra) {
    return send(requestLine, hostHeader, extra, new byte[0]);
  }

  /**
   * As {@link #send(String, String, String)}, then {@code body} (which need not match a length the
   * headers declare); a server that answers and closes before reading it all is not an error.
   */
  public Answer send(String requestLine, String hostHeader, String extra, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
      socket.setSoTimeout(30000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine
                  + " HTTP/1.1\r\nHost: "
                  + hostHeader
                  + "\r\nAccept: */*\r\nConnection: close\r\n"
                  + extra
                  + "\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
      } catch (SocketException closedEarly) {
        // The server refused the request before reading its body: its answer is still there.
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      String head = readHead(in, all);
      String content = readBody(in, head);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Answer(status, head, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The status line and headers. The body is read by its declared length rather than until the
   * server closes: a server that refused a body it never read may hold the connection open.
   */
  private static String readHead(InputStream in, ByteArrayOutputStream buffer) throws IOException {
    int b;
    while ((b = in.read()) >= 0) {
      buffer.write(b);
      int n = buffer.size();
      if (n >= 4) {
        byte[] bytes = buffer.toByteArray();
        if (bytes[n - 4] == '\r'
            && bytes[n - 3] == '\n'
            && bytes[n - 2] == '\r'
            && bytes[n - 1] == '\n') {
          break;
        }
      }
    }
    String head = buffer.toString(StandardCharsets.ISO_8859_1);
    return head.endsWith("\r\n\r\n") ? head.substring(0, head.length() - 4) : head;
  }

  private static String readBody(InputStream in, String head) throws IOException {
    String lower = head.toLowerCase(Locale.ROOT);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      if (lower.contains("transfer-encoding: chunked")) {
        while (true) {
          String size = line(in);
          int length = Integer.parseInt(size.split(";")[0].strip(), 16);
          if (length == 0) {
            break;
          }
          body.write(in.readNBytes(length));
          line(in);
        }
      } else {
        java.util.regex.Matcher length =
            java.util.regex.Pattern.compile("(?m)^content-length:\\s*(\\d+)").matcher(lower);
        if (length.find()) {
          body.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else {
          in.transferTo(body);
        }
      }
    } catch (SocketException reset) {
      // A reset after the answer (the unread body) ends the reading, not the test.
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  /** {@code base}'s host and port, for a {@code Host} header that names backcare correctly. */
  public String host() {
    return base.getHost() + ":" + base.getPort();
  }
}
