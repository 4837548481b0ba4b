package org.parley.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Entity tags of GET responses: the index generation that produced the body plus a hash of the
 * request URL, so a response can be revalidated with {@code If-None-Match} until the next rebuild.
 * Tags are weak because the same body may travel gzipped or not.
 */
final class ETags {
  private ETags() {}

  /** {@code W/"gen-000003-<16 hex digits of the URL's hash>"}. */
  static String of(String generation, Context ctx) {
    String query = ctx.queryString();
    String url = ctx.path() + (query == null ? "" : "?" + query);
    return "W/\"" + generation + "-" + hash(url) + "\"";
  }

  /** The generation named by an ETag this class made, or {@code null}. */
  static String generationOf(String etag) {
    if (etag == null || !etag.startsWith("W/\"") || etag.length() < 22) {
      return null;
    }
    return etag.substring(3, etag.length() - 18);
  }

  /**
   * Whether {@code ifNoneMatch} (a header value, maybe a list, maybe {@code *}) names {@code etag}.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String opaque = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || opaque(c).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  /** Weak comparison: the tag without its {@code W/} prefix. */
  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
