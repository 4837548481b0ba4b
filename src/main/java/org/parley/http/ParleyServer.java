package org.parley.http;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinException;
import java.net.URI;

/**
 * A started Parley web application. Closing it stops gracefully: new connections are refused,
 * requests in flight get up to {@link ParleyApp#STOP_TIMEOUT_MILLIS} to finish.
 */
public final class ParleyServer implements AutoCloseable {
  private final Javalin app;
  private final String host;
  private final int port;

  private ParleyServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
    this.port = app.port();
  }

  /**
   * Builds the application from {@code deps} and starts it on {@code host}:{@code port} (0: any).
   */
  public static ParleyServer start(ApiDependencies deps, String host, int port) {
    Javalin app = ParleyApp.create(deps);
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      throw new ServerStartException(
          "cannot listen on " + host + ":" + port + " (in use, or not allowed); try another --port",
          e);
    } catch (JavalinException e) {
      throw new ServerStartException("cannot start the server on " + host + ":" + port, e);
    }
    return new ParleyServer(app, host);
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
