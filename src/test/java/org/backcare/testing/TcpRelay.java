package org.backcare.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of the test server, which a test can stop and start again on the
 * same port: to a browser that uses it, backcare goes away (connections refused, as when the server
 * is stopped) and comes back, while the server and its data stay as they were. The browser keeps
 * believing it is online, which is the case the member's app must handle without the browser's
 * help.
 */
public final class TcpRelay implements AutoCloseable {

  private final int target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private int port;

  /** A relay to {@code 127.0.0.1:target}, not yet listening. */
  public TcpRelay(int target) {
    this.target = target;
  }

  /** Listens again (on the port of the first start, or a free one); returns the port. */
  public synchronized int start() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    port = socket.getLocalPort();
    server = socket;
    Thread accepting = new Thread(() -> accept(socket), "relay-accept-" + port);
    accepting.setDaemon(true);
    accepting.start();
    return port;
  }

  /** Stops listening and cuts every open connection, as a stopped server would. */
  public synchronized void stop() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
    for (Socket socket : open) {
      socket.close();
    }
    open.clear();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(client);
        open.add(upstream);
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (IOException e) {
        // Closed by stop(), or the server refused: the client sees its connection end.
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread copying =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // One side closed.
              } finally {
                try {
                  to.close();
                  from.close();
                } catch (IOException ignored) {
                  // Already closed.
                }
                open.remove(from);
                open.remove(to);
              }
            },
            "relay-pipe");
    copying.setDaemon(true);
    copying.start();
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
