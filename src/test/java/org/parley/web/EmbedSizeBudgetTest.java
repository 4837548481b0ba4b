package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The box is loaded on other people's pages: its JS and CSS (one file) stay small. */
class EmbedSizeBudgetTest {
  /** Bytes, gzipped at the best level, for embed.js (which carries the box's CSS). */
  static final int BUDGET = 8 * 1024;

  @Test
  void embed_js_with_its_css_fits_the_gzipped_budget() throws IOException {
    byte[] raw = Files.readAllBytes(WebAssetSafetyTest.WEB.resolve("embed.js"));
    int gzipped = gzippedSize(raw);
    System.out.printf(
        "embed.js: %d bytes, %d bytes gzipped (budget %d)%n", raw.length, gzipped, BUDGET);
    assertThat(gzipped).isLessThanOrEqualTo(BUDGET);
  }

  static int gzippedSize(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gz.write(raw);
    }
    return out.size();
  }
}
