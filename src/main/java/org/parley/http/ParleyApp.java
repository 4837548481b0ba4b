package org.parley.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.parley.json.ResponseJson;

/**
 * Builds Parley's web application from its dependencies, without starting it: every route, guard
 * and error mapper is declared in the one {@code Javalin.create} block. {@link ParleyServer} starts
 * it; tests start it on port 0.
 */
public final class ParleyApp {
  /** In-flight requests get this long to finish when the server stops. */
  public static final long STOP_TIMEOUT_MILLIS = 20_000;

  /** Request line plus headers; fits a 1,000-character query percent-encoded, and little more. */
  static final int MAX_REQUEST_HEADER_BYTES = 16 * 1024;

  /** Bodies are refused anyway; this bounds what Javalin would ever read. */
  static final long MAX_REQUEST_BODY_BYTES = 1024;

  /** Request threads; searches beyond max_concurrent_searches are refused before they run. */
  static final int MAX_THREADS = 200;

  private static final int MIN_THREADS = 8;

  /** Most search responses (top 10 with highlights and facets: 5 to 40 kB) fit in one buffer. */
  static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

  /**
   * Open connections; past this Jetty stops accepting until some close (the rest wait in the
   * operating system's bounded backlog), so requests never queue for threads without bound.
   */
  static final int MAX_CONNECTIONS = 1000;

  private ParleyApp() {}

  public static Javalin create(ApiDependencies deps) {
    return create(deps, WarmUpSwitch.serving(deps.settings(), deps.sample()));
  }

  /**
   * The application, under the rate limit and recording into the sample that {@code phase} has in
   * force ({@link ParleyServer#startWarm} changes them when its warm-up ends).
   */
  static Javalin create(ApiDependencies deps, WarmUpSwitch phase) {
    HttpSettings settings = deps.settings();
    ApiHandlers handlers =
        new ApiHandlers(
            deps.search(),
            deps.browse(),
            deps.phrases(),
            deps.suggest(),
            deps.topics(),
            new SearchSlots(settings.maxConcurrentSearches()),
            SearchSlots.forExports(settings.exportSlots()),
            new ExportWriter.ExportBudget(settings.exportMaxRows(), settings.exportMaxSeconds()));
    List<ApiEndpoint> endpoints = ApiEndpoints.all(handlers);
    handlers.publishOpenApi(OpenApiDocument.of(endpoints));
    CorsPolicy cors = new CorsPolicy(settings.allowedOrigins());
    RequestGuards guards =
        new RequestGuards(
            cors, phase, new ClientAddress(settings.trustedProxies(), settings.ipv6RatePrefix()));
    return Javalin.create(
        config -> {
          configureServer(config, settings);
          config.routes.before(guards::before);
          config.routes.after(ctx -> phase.get().sample().offer(ctx));
          for (ApiEndpoint endpoint : endpoints) {
            config.routes.get(endpoint.path(), endpoint.handler());
            config.routes.head(endpoint.path(), endpoint.handler());
            config.routes.options(endpoint.path(), cors::preflight);
          }
          deps.webRoutes().register(config);
          // One mapper; Javalin needs the second registration to route its own 404/405 there.
          config.routes.exception(Exception.class, ErrorResponses::handle);
          config.routes.exception(HttpResponseException.class, ErrorResponses::handle);
          config.router.javaLangErrorHandler(ErrorResponses::handleError);
        });
  }

  private static void configureServer(JavalinConfig config, HttpSettings settings) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.startup.startupWatcherEnabled = false;
    config.jsonMapper(new JavalinJackson(ResponseJson.MAPPER, false));
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = MAX_REQUEST_BODY_BYTES;
    // Gzip for responses above Javalin's threshold (about 1.5 kB) when the client accepts it.
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.jetty.threadPool = threadPool();
    config.jetty.modifyServer(server -> configureJetty(server, settings));
    config.jetty.modifyHttpConfiguration(ParleyApp::configureHttp);
  }

  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
    pool.setName("parley-http");
    return pool;
  }

  private static void configureJetty(Server server, HttpSettings settings) {
    // Stopping waits for requests in flight (up to the timeout) while refusing new ones.
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    server.insertHandler(new GracefulHandler());
    server.insertHandler(
        new SlowClientGuard(settings.idleTimeoutMillis(), settings.writeTimeoutMillis()));
    server.setErrorHandler(new JsonJettyErrors());
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
  }

  /** Puts a connector added after the start under the slow-client guard the others have. */
  static void guardConnector(Server server, AbstractConnector connector) {
    SlowClientGuard guard = server.getDescendant(SlowClientGuard.class);
    if (guard == null) {
      throw new IllegalStateException("the server has no slow-client guard");
    }
    guard.watch(connector);
  }

  private static void configureHttp(HttpConfiguration http) {
    http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
    // A response up to this size is gathered and sent in one write with its Content-Length;
    // Javalin copies bodies in 8 kB pieces, which Jetty would otherwise send one by one, chunked.
    // Larger bodies (exports) stream as before.
    http.setOutputBufferSize(RESPONSE_BUFFER_BYTES);
    http.setOutputAggregationSize(RESPONSE_BUFFER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
  }
}
