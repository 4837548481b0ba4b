package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.http.page.PageRoutes;
import org.parley.search.SearchStack;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * The real Parley application (API from the HTTP package, pages from {@link PageRoutes}) on a free
 * port over {@link WebCorpus}, for browser and HTTP tests.
 */
final class ParleyServer implements AutoCloseable {
  private final Path dir;
  private final SearchStack pagesStack;
  private final TestServer server;

  private ParleyServer(Path dir, SearchStack pagesStack, TestServer server) {
    this.dir = dir;
    this.pagesStack = pagesStack;
    this.server = server;
  }

  /**
   * Indexes the corpus and starts serving; {@code allowedOrigins} may call the API cross-origin.
   */
  static ParleyServer start(Set<String> allowedOrigins) throws IOException {
    Path dir = Files.createTempDirectory("parley-web-");
    Path corpus = WebCorpus.write(Files.createDirectory(dir.resolve("corpus")));
    Path index = TestIndex.build(corpus, dir.resolve("index"));
    // The test server opens its own stack inside start(); the pages read the same index through
    // a second one (the composition root of ./parley serve passes the one stack to both).
    SearchStack pagesStack = SearchStack.open(index, TestIndex.config(), 0);
    TestServer server;
    try {
      server =
          TestServer.over(index)
              .allowOrigins(allowedOrigins.toArray(String[]::new))
              .pages(new PageRoutes(pagesStack.search(), pagesStack.browse()))
              .start();
    } catch (IOException | RuntimeException e) {
      pagesStack.close();
      throw e;
    }
    return new ParleyServer(dir, pagesStack, server);
  }

  /** {@code http://127.0.0.1:PORT} */
  String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    pagesStack.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
