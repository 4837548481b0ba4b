package org.parley.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
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
 * idle_timeout_ms}.
 *
 * <p>Jetty's idle timeout (set here to the same value) restarts with every byte received, so alone
 * it never ends a trickle: 16 KB of headers at one byte a minute would hold a connection for days,
 * and a thousand such clients would use up every connection. This guard gives each request one
 * deadline to arrive in full, counted from the connection's opening or from the end of its previous
 * response. A request being answered is not its business: a client that stops reading a response is
 * ended by Jetty's idle timeout on the stalled write.
 */
final class SlowClientGuard extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(SlowClientGuard.class);

  private final long timeoutMillis;
  private final long timeoutNanos;
  private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();
  private final Connection.Listener listener =
      new Connection.Listener() {
        @Override
        public void onOpened(Connection connection) {
          Watch watch = new Watch(connection, getServer().getScheduler());
          watched.put(connection, watch);
          watch.scheduleIn(timeoutNanos);
        }

        @Override
        public void onClosed(Connection connection) {
          watched.remove(connection);
        }
      };

  SlowClientGuard(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
  }

  @Override
  protected void doStart() throws Exception {
    for (Connector connector : getServer().getConnectors()) {
      if (connector instanceof AbstractConnector c) {
        c.setIdleTimeout(timeoutMillis);
        // A connector tells the listeners among its beans about each connection it opens.
        c.addBean(listener);
      }
    }
    super.doStart();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Watch watch = watched.get(request.getConnectionMetaData().getConnection());
    if (watch == null) {
      return super.handle(request, response, callback);
    }
    watch.answering = true;
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

  /** One connection's deadline: checked when it falls due, then moved or enforced. */
  private final class Watch implements Runnable {
    private final Connection connection;
    private final Scheduler scheduler;
    private volatile boolean answering;
    private volatile long waitingSince = System.nanoTime();

    Watch(Connection connection, Scheduler scheduler) {
      this.connection = connection;
      this.scheduler = scheduler;
    }

    void waitForNext() {
      waitingSince = System.nanoTime();
      answering = false;
    }

    void scheduleIn(long nanos) {
      scheduler.schedule(this, nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void run() {
      if (!watched.containsKey(connection)) {
        return;
      }
      if (answering) {
        scheduleIn(timeoutNanos);
        return;
      }
      long waited = System.nanoTime() - waitingSince;
      if (waited < timeoutNanos) {
        scheduleIn(timeoutNanos - waited);
        return;
      }
      LOG.debug(
          "closing {}: no complete request within {} ms",
          connection.getEndPoint().getRemoteSocketAddress(),
          timeoutMillis);
      connection.getEndPoint().close();
    }
  }
}
