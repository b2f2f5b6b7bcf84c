package org.backcare.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request written by hand over a socket, as an attacker's client would send it: any
 * {@code Host} and any header, including the ones Java's HTTP client refuses to send. Either
 * through the ingress over TLS (checked against the run's certificate authority, with the name
 * {@code backcare.test}), or in plain HTTP straight to an instance, as a client inside the network
 * could.
 */
final class RawHttp {

  /** An answer: the status, the header lines and the body (de-chunked). */
  record Answer(int status, String head, String body) {

    /** The first value of header {@code name}, or {@code null}. */
    String header(String name) {
      List<String> all = headers(name);
      return all.isEmpty() ? null : all.get(0);
    }

    /** Every value of header {@code name}. */
    List<String> headers(String name) {
      List<String> values = new ArrayList<>();
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          values.add(line.substring(colon + 1).strip());
        }
      }
      return values;
    }

    @Override
    public String toString() {
      return head + "\n\n" + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
    }
  }

  private final String host;
  private final int port;
  private final boolean tls;

  private RawHttp(String host, int port, boolean tls) {
    this.host = host;
    this.port = port;
    this.tls = tls;
  }

  /** Through the ingress: TLS to {@code backcare.test:<port>}. */
  static RawHttp ingress(int port) {
    return new RawHttp("backcare.test", port, true);
  }

  /** Straight to an instance on loopback, plain HTTP, past the ingress. */
  static RawHttp instance(int port) {
    return new RawHttp("127.0.0.1", port, false);
  }

  /** Where the requests go, for messages. */
  String where() {
    return (tls ? "through the ingress (" : "straight to the instance (") + host + ":" + port + ")";
  }

  /**
   * Sends {@code method path} with {@code Host: hostHeader}, the {@code extra} header lines (each
   * ending in CRLF) and {@code body} (form-encoded when not null).
   */
  Answer send(String method, String path, String hostHeader, String extra, String body) {
    try (Socket socket = open()) {
      socket.setSoTimeout(30000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      request.append("Host: ").append(hostHeader).append("\r\n");
      request.append("Accept: */*\r\nConnection: close\r\n");
      request.append(extra);
      if (body != null) {
        request.append("Content-Type: application/x-www-form-urlencoded\r\n");
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String answerBody = end < 0 ? "" : text.substring(end + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        answerBody = unchunk(answerBody);
      }
      if (head.length() < 12) {
        throw new AssertionError(method + " " + path + " " + where() + ": no answer: " + text);
      }
      return new Answer(Integer.parseInt(head.substring(9, 12)), head, answerBody);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " " + where(), e);
    }
  }

  Answer get(String path, String hostHeader, String extra) {
    return send("GET", path, hostHeader, extra, null);
  }

  private Socket open() throws IOException {
    if (!tls) {
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress(host, port), 5000);
      return socket;
    }
    // The JVM's trust store is the run's CA alone (-Djavax.net.ssl.trustStore), and backcare.test
    // resolves to loopback through -Djdk.net.hosts.file; the name is also what SNI and the
    // certificate check use.
    SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(host, port);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    socket.setSSLParameters(parameters);
    socket.startHandshake();
    return socket;
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int line = chunked.indexOf("\r\n", at);
      if (line < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, line).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      body.append(chunked, line + 2, Math.min(chunked.length(), line + 2 + size));
      at = line + 2 + size + 2;
    }
    return body.toString();
  }
}
