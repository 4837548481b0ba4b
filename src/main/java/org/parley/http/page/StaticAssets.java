package org.parley.http.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of {@code src/main/resources/web/}, read once at start and served from memory with its
 * content type, {@code nosniff} and an ETag. Files are named here one by one, so no request path
 * ever reaches the class path.
 */
final class StaticAssets {
  static final String JS = "text/javascript; charset=utf-8";
  static final String CSS = "text/css; charset=utf-8";

  private final byte[] bytes;
  private final String contentType;
  private final String etag;
  private final boolean crossOrigin;

  private StaticAssets(byte[] bytes, String contentType, boolean crossOrigin) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.crossOrigin = crossOrigin;
    this.etag = "\"" + sha256(bytes).substring(0, 20) + "\"";
  }

  /**
   * @param name file name under {@code web/}
   * @param crossOrigin whether other sites load it ({@code embed.js})
   */
  static StaticAssets load(String name, String contentType, boolean crossOrigin) {
    try (InputStream in = StaticAssets.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing web asset " + name);
      }
      return new StaticAssets(in.readAllBytes(), contentType, crossOrigin);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read web asset " + name, e);
    }
  }

  void serve(Context ctx) {
    SecurityHeaders.asset(ctx, crossOrigin);
    ctx.header("ETag", etag);
    ctx.contentType(contentType);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.result(bytes);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
