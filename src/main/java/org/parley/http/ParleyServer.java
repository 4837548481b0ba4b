package org.parley.http;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.Graceful;

/**
 * A started Parley web application. Closing it stops gracefully: new connections are refused,
 * requests in flight get up to {@link ParleyApp#STOP_TIMEOUT_MILLIS} to finish.
 */
public final class ParleyServer implements AutoCloseable {
  /** How long the warm-up's connector may take to see its clients' connections close. */
  private static final long WARM_UP_DRAIN_MILLIS = 5_000;

  private final Javalin app;
  private final String host;
  private final int port;

  private ParleyServer(Javalin app, String host, int port) {
    this.app = app;
    this.host = host;
    this.port = port;
  }

  /** Warms a started server up through the loopback address given, before it serves anyone. */
  @FunctionalInterface
  public interface WarmUp {
    void run(URI loopback) throws IOException, InterruptedException;
  }

  /**
   * Builds the application from {@code deps} and starts it on {@code host}:{@code port} (0: any).
   */
  public static ParleyServer start(ApiDependencies deps, String host, int port) {
    Javalin app = ParleyApp.create(deps);
    startJavalin(app, host, port);
    return new ParleyServer(app, host, app.port());
  }

  /**
   * Like {@link #start(ApiDependencies, String, int)}, but runs {@code warmUp} against a private
   * loopback port before {@code host}:{@code port} accepts its first connection.
   *
   * <p>The public address is bound first, so a taken port is reported at once; clients that connect
   * during the warm-up wait in the operating system's backlog and are answered when it ends, by a
   * server at full speed. The per-client rate limit does not apply to the warm-up's requests
   * (nothing else can reach the server then but local processes), and the loopback port is closed
   * once the public one accepts.
   */
  public static ParleyServer startWarm(ApiDependencies deps, String host, int port, WarmUp warmUp)
      throws InterruptedException {
    WarmUpSwitch phase = WarmUpSwitch.warmingUp(deps.settings(), deps.sample());
    Javalin app = ParleyApp.create(deps, phase);
    Server server = app.jettyServer().server();
    ServerConnector open = new ServerConnector(server);
    open.setHost(host);
    open.setPort(port);
    try {
      open.open();
    } catch (IOException e) {
      throw new ServerStartException(
          "cannot listen on " + host + ":" + port + " (in use, or not allowed); try another --port",
          e);
    }
    boolean started = false;
    try {
      String loopback = InetAddress.getLoopbackAddress().getHostAddress();
      startJavalin(app, loopback, 0);
      Connector warmUpConnector = server.getConnectors()[0];
      String loopbackHost = loopback.contains(":") ? "[" + loopback + "]" : loopback;
      warmUp.run(URI.create("http://" + loopbackHost + ":" + app.port() + "/"));
      // The public connector speaks HTTP exactly as the warm-up's did: same configuration, same
      // connection limit and slow-client guard.
      HttpConnectionFactory http =
          warmUpConnector.getConnectionFactory(HttpConnectionFactory.class);
      open.addConnectionFactory(new HttpConnectionFactory(http.getHttpConfiguration()));
      ParleyApp.guardConnector(server, open);
      server.addBean(new NetworkConnectionLimit(ParleyApp.MAX_CONNECTIONS, open));
      phase.warmUpDone();
      server.addConnector(open);
      if (!open.isStarted()) {
        open.start();
      }
      drain(warmUpConnector);
      warmUpConnector.stop();
      server.removeConnector(warmUpConnector);
      started = true;
    } catch (InterruptedException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServerStartException("cannot start the server on " + host + ":" + port, e);
    } finally {
      if (!started) {
        open.close();
        app.stop();
      }
    }
    return new ParleyServer(app, host, open.getLocalPort());
  }

  /**
   * Waits (briefly) until the warm-up's clients, which have closed their connections, are seen gone
   * by {@code connector}. Stopping a connector closes what is still open from outside its selector,
   * and a request whose response had just been sent could then never complete: it stayed counted as
   * in flight, and the server's own stop later waited out its whole timeout for it.
   */
  private static void drain(Connector connector) throws InterruptedException {
    if (!(connector instanceof Graceful graceful)) {
      return;
    }
    try {
      graceful.shutdown().get(WARM_UP_DRAIN_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // The stop that follows closes whatever is left.
    }
  }

  private static void startJavalin(Javalin app, String host, int port) {
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      throw new ServerStartException(
          "cannot listen on " + host + ":" + port + " (in use, or not allowed); try another --port",
          e);
    } catch (JavalinException e) {
      throw new ServerStartException("cannot start the server on " + host + ":" + port, e);
    }
  }

  /** The server could not start listening; the message says where and suggests what to do. */
  public static final class ServerStartException extends RuntimeException {
    ServerStartException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The port listened on (the one chosen when started on port 0). */
  public int port() {
    return port;
  }

  /** {@code http://host:port/}. */
  public URI baseUri() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port + "/");
  }

  @Override
  public void close() {
    app.stop();
  }
}
