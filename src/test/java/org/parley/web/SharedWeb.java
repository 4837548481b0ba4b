package org.parley.web;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What the web test classes share in one run, started once and closed at its end: the embedding
 * site, a Parley server that allows the site's origin, and (started on first use) one browser. Test
 * classes receive it as a parameter of their {@code @BeforeAll} method through {@link Extension}.
 */
final class SharedWeb implements AutoCloseable {
  private final EmbeddingSite site;
  private final ParleyServer parley;
  private Browser browser;

  private SharedWeb(EmbeddingSite site, ParleyServer parley) {
    this.site = site;
    this.parley = parley;
  }

  private static SharedWeb start() throws IOException {
    EmbeddingSite site = EmbeddingSite.start();
    try {
      ParleyServer parley = ParleyServer.start(Set.of(site.origin()));
      site.useParley(parley.origin());
      return new SharedWeb(site, parley);
    } catch (IOException | RuntimeException e) {
      site.close();
      throw e;
    }
  }

  EmbeddingSite site() {
    return site;
  }

  ParleyServer parley() {
    return parley;
  }

  /** The shared browser with scripts on; the caller has checked {@link Browser#assumeAvailable}. */
  synchronized Browser browser() throws IOException {
    if (browser == null) {
      browser = Browser.start();
    }
    return browser;
  }

  @Override
  public synchronized void close() throws IOException {
    try (site;
        parley) {
      if (browser != null) {
        browser.close();
      }
    }
  }

  /** Hands test classes the one {@link SharedWeb} of the run (kept in the root store). */
  static final class Extension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(SharedWeb.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == SharedWeb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              SharedWeb.class,
              key -> {
                try {
                  return SharedWeb.start();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException("cannot start the web test servers", e);
                }
              },
              SharedWeb.class);
    }
  }
}
