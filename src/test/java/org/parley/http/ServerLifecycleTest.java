package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/** Page routes through the {@link WebRoutes} hook, and the graceful stop. */
@Tag("integration")
class ServerLifecycleTest {

  @Test
  void pages_registered_through_the_hook_get_the_same_guards_and_errors() throws IOException {
    WebRoutes pages =
        config ->
            config.routes.get(
                "/p/{id}", ctx -> ctx.html("<p>" + ctx.pathParam("id").length() + "</p>"));
    try (TestServer server = TestServer.over(TestIndex.bundled()).pages(pages).start()) {
      HttpResponse<String> page = server.get("/p/abc");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).isEqualTo("<p>3</p>");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(page.headers().firstValue("Content-Security-Policy")).isEmpty();
      assertThat(server.get("/").statusCode()).isEqualTo(404);
      assertThat(server.get("/p/abc/extra").body()).contains("\"not_found\"");
    }
  }

  @Test
  void an_unexpected_failure_is_a_json_500_with_a_fixed_message() throws IOException {
    WebRoutes failing =
        config -> {
          config.routes.get(
              "/test/bug",
              ctx -> {
                throw new IllegalStateException("secret internal detail");
              });
          config.routes.get(
              "/test/error",
              ctx -> {
                throw new StackOverflowError("secret internal detail");
              });
        };
    try (TestServer server = TestServer.over(TestIndex.bundled()).pages(failing).start()) {
      for (String path : java.util.List.of("/test/bug", "/test/error")) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
            .startsWith("application/json");
        assertThat(TestServer.json(response).get("error").get("code").asText())
            .isEqualTo("internal_error");
        assertThat(response.body()).doesNotContain("secret", "Exception", "Error:", "\tat ");
      }
      assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void stopping_lets_requests_in_flight_finish_and_refuses_new_ones() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    WebRoutes slow =
        config ->
            config.routes.get(
                "/test/slow",
                ctx -> {
                  entered.countDown();
                  Thread.sleep(1500);
                  ctx.result("finished");
                });
    TestServer server = TestServer.over(TestIndex.bundled()).pages(slow).start();
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(() -> server.get("/test/slow"));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    long start = System.nanoTime();
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    assertThat(awaitRefusal(server)).as("a new request is refused while stopping").isTrue();
    HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(finished.body()).isEqualTo("finished");
    stopping.get(30, TimeUnit.SECONDS);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .isLessThan(ParleyApp.STOP_TIMEOUT_MILLIS);
  }

  /**
   * A keep-alive connection whose response was sent just before the stop began, but whose
   * completion ran just after: the stop shortens idle connections' timeouts, and the slow-client
   * guard once lengthened this one's again as the response completed, so the stop waited out its
   * whole timeout for an idle connection. The test holds the completion until the stop has begun.
   */
  @Test
  void a_response_completing_as_the_stop_begins_does_not_hold_the_stop() throws Exception {
    CountDownLatch stopBegun = new CountDownLatch(1);
    AtomicReference<Server> jetty = new AtomicReference<>();
    WebRoutes completingLate =
        config -> {
          config.routes.get("/test/quick", ctx -> ctx.result("done"));
          config.jetty.modifyServer(
              server -> {
                jetty.set(server);
                SlowClientGuard guard = server.getDescendant(SlowClientGuard.class);
                guard.setHandler(new CompletionHeldUntil(stopBegun, guard.getHandler()));
              });
        };
    TestServer server = TestServer.over(TestIndex.bundled()).pages(completingLate).start();
    HttpResponse<String> answered = server.get("/test/quick");
    assertThat(answered.body()).isEqualTo("done");
    long start = System.nanoTime();
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    awaitShutdown(jetty.get());
    stopBegun.countDown();
    // The JDK client keeps the connection open for its next request: only the server can close it.
    stopping.get(30, TimeUnit.SECONDS);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .as("the stop did not wait out its timeout for an idle connection")
        .isLessThan(ParleyApp.STOP_TIMEOUT_MILLIS);
  }

  /** Passes a request's completion on only once {@code release} opens. */
  private static final class CompletionHeldUntil extends Handler.Wrapper {
    private final CountDownLatch release;

    CompletionHeldUntil(CountDownLatch release, Handler handler) {
      super(handler);
      this.release = release;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      Callback held =
          Callback.from(
              () -> {
                try {
                  release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                callback.succeeded();
              },
              callback::failed);
      return super.handle(request, response, held);
    }
  }

  private static void awaitShutdown(Server server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (Arrays.stream(server.getConnectors())
          .allMatch(c -> c instanceof AbstractConnector a && a.isShutdown())) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the stop did not begin");
  }

  /**
   * Whether new connections are refused within a few seconds. Probes with bare connects (closed at
   * once) rather than requests, so a probe never holds a connection the stop would wait for.
   */
  private static boolean awaitRefusal(TestServer server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      try (java.net.Socket probe = new java.net.Socket("127.0.0.1", server.port())) {
        Thread.sleep(50);
      } catch (java.io.IOException refused) {
        return true;
      }
    }
    return false;
  }
}
