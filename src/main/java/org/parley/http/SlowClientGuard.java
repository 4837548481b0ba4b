package org.parley.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections that hold the server without asking anything of it: idle between requests, or
 * trickling a request's headers a byte at a time (slowloris), for longer than {@code
 * idle_timeout_ms}; and connections whose response makes no progress (the client stopped reading)
 * for {@code write_timeout_ms}.
 *
 * <p>Jetty's idle timeout restarts with every byte received, so alone it never ends a trickle: 16
 * KB of headers at one byte a minute would hold a connection for days, and a thousand such clients
 * would use up every connection. This guard gives each request one deadline to arrive in full,
 * counted from the connection's opening or from the end of its previous response. A client that had
 * sent part of a request by then gets a {@code 408} before the connection closes (as Apache's
 * request-read timeout and nginx do); one that sent nothing is closed silently, since a 408 on an
 * idle keep-alive connection would be read by some clients as the answer to their next request.
 *
 * <p>While a request is answered, the connection's idle timeout is the write timeout instead: a
 * stalled write (a reader that stopped reading) fails after that long and frees its thread and
 * slot. Between requests Jetty's idle timeout is only a backstop behind this guard's deadline.
 */
final class SlowClientGuard extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(SlowClientGuard.class);

  /** Jetty's idle timeout between requests: a backstop, after this guard's own deadline. */
  private static final int BACKSTOP_FACTOR = 2;

  /** How long a connection answered with a 408 stays open to drain what the client still sends. */
  private static final long LINGER_MILLIS = 1000;

  private static final byte[] TIMEOUT_RESPONSE = timeoutResponse();

  private final long timeoutMillis;
  private final long timeoutNanos;
  private final long writeTimeoutMillis;
  private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();

  SlowClientGuard(long timeoutMillis, long writeTimeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    this.writeTimeoutMillis = writeTimeoutMillis;
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
  }

  @Override
  protected void doStart() throws Exception {
    for (Connector connector : getServer().getConnectors()) {
      if (connector instanceof AbstractConnector c) {
        watch(c);
      }
    }
    super.doStart();
  }

  /** Watches the connections of {@code connector}; for connectors added after the start. */
  void watch(AbstractConnector connector) {
    connector.setIdleTimeout(backstopMillis());
    // A connector tells the listeners among its beans about each connection it opens.
    connector.addBean(
        new Connection.Listener() {
          @Override
          public void onOpened(Connection connection) {
            Watch watch = new Watch(connection, connector, getServer().getScheduler());
            watched.put(connection, watch);
            watch.scheduleIn(timeoutNanos);
          }

          @Override
          public void onClosed(Connection connection) {
            watched.remove(connection);
          }
        });
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Watch watch = watched.get(request.getConnectionMetaData().getConnection());
    if (watch == null) {
      return super.handle(request, response, callback);
    }
    if (!watch.startAnswering()) {
      // The deadline passed as the request completed: its 408 is already on the way.
      callback.failed(new TimeoutException("request arrived after its deadline"));
      return true;
    }
    Callback ended =
        new Callback.Nested(callback) {
          @Override
          public void succeeded() {
            watch.waitForNext();
            super.succeeded();
          }

          @Override
          public void failed(Throwable x) {
            watch.waitForNext();
            super.failed(x);
          }
        };
    boolean handled = false;
    try {
      handled = super.handle(request, response, ended);
      return handled;
    } finally {
      if (!handled) {
        // Jetty completes its own callback for a request nobody handled, not ours.
        watch.waitForNext();
      }
    }
  }

  private long backstopMillis() {
    return Math.max(timeoutMillis * BACKSTOP_FACTOR, writeTimeoutMillis);
  }

  private static byte[] timeoutResponse() {
    byte[] body =
        ErrorResponses.json(ErrorResponses.fromStatus(408)).getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 408 Request Timeout\r\n"
            + "Content-Type: application/json\r\n"
            + "X-Content-Type-Options: nosniff\r\n"
            + "Cache-Control: no-store\r\n"
            + "Connection: close\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** One connection's deadline: checked when it falls due, then moved or enforced. */
  private final class Watch implements Runnable {
    private static final int WAITING = 0;
    private static final int ANSWERING = 1;
    private static final int EXPIRED = 2;

    private final Connection connection;
    private final AbstractConnector connector;
    private final Scheduler scheduler;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private volatile long waitingSince = System.nanoTime();
    private volatile long bytesInWhenWaiting;

    Watch(Connection connection, AbstractConnector connector, Scheduler scheduler) {
      this.connection = connection;
      this.connector = connector;
      this.scheduler = scheduler;
    }

    /** False if the deadline already passed. */
    boolean startAnswering() {
      if (!state.compareAndSet(WAITING, ANSWERING)) {
        return false;
      }
      setIdleTimeout(writeTimeoutMillis);
      return true;
    }

    void waitForNext() {
      setIdleTimeout(backstopMillis());
      waitingSince = System.nanoTime();
      bytesInWhenWaiting = connection.getBytesIn();
      state.compareAndSet(ANSWERING, WAITING);
    }

    /**
     * Sets the connection's idle timeout, but never above a stopping connector's: a stop shortens
     * every connection's idle timeout so idle keep-alive connections close and the stop need not
     * wait for them, and a response that ends just after must not lengthen its connection's again
     * (that held a stop for its whole timeout). The connector marks itself shut down before it
     * shortens the timeouts, so checking after setting cannot miss it.
     */
    private void setIdleTimeout(long millis) {
      EndPoint endPoint = connection.getEndPoint();
      endPoint.setIdleTimeout(millis);
      if (connector.isShutdown()) {
        endPoint.setIdleTimeout(Math.min(millis, connector.getShutdownIdleTimeout()));
      }
    }

    void scheduleIn(long nanos) {
      scheduler.schedule(this, nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void run() {
      if (!watched.containsKey(connection)) {
        return;
      }
      if (state.get() != WAITING) {
        scheduleIn(timeoutNanos);
        return;
      }
      long waited = System.nanoTime() - waitingSince;
      if (waited < timeoutNanos) {
        scheduleIn(timeoutNanos - waited);
        return;
      }
      if (!state.compareAndSet(WAITING, EXPIRED)) {
        scheduleIn(timeoutNanos);
        return;
      }
      EndPoint endPoint = connection.getEndPoint();
      boolean partial = connection.getBytesIn() > bytesInWhenWaiting;
      LOG.debug(
          "closing {}: no complete request within {} ms{}",
          endPoint.getRemoteSocketAddress(),
          timeoutMillis,
          partial ? " (408 sent)" : "");
      if (!partial) {
        endPoint.close();
        return;
      }
      endPoint.write(
          Callback.from(() -> lingerThenClose(endPoint), failure -> endPoint.close()),
          ByteBuffer.wrap(TIMEOUT_RESPONSE));
    }

    /**
     * Half-closes, then closes a moment later: closing at once with the client's bytes still unread
     * would reset the connection, and a reset can discard the 408 before the client reads it.
     */
    private void lingerThenClose(EndPoint endPoint) {
      endPoint.shutdownOutput();
      scheduler.schedule(endPoint::close, LINGER_MILLIS, TimeUnit.MILLISECONDS);
    }
  }
}
