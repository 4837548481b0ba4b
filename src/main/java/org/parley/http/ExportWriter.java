package org.parley.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.parley.search.BrowseService;
import org.parley.search.Hit;

/**
 * Streams exported hits to the response. Nothing (no header, no byte) is written before the first
 * hit or the end, so a refusal raised before the search starts (a bad {@code q}, say) still becomes
 * a clean JSON 400 rather than a half-written file.
 */
final class ExportWriter implements BrowseService.HitSink {
  private static final int BUFFER_CHARS = 64 * 1024;

  private final Context ctx;
  private final ExportFormat format;
  private Writer out;

  ExportWriter(Context ctx, ExportFormat format) {
    this.ctx = ctx;
    this.format = format;
  }

  @Override
  public void accept(Hit hit) throws IOException {
    start();
    format.writeHit(out, hit);
  }

  /** Ends the export (an empty result still gets its header row). */
  void finish() throws IOException {
    start();
    out.flush();
  }

  private void start() throws IOException {
    if (out != null) {
      return;
    }
    ctx.contentType(format.contentType());
    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + format.fileName() + "\"");
    ctx.header(Header.CACHE_CONTROL, "no-store");
    out =
        new BufferedWriter(
            new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), BUFFER_CHARS);
    format.writeHeader(out);
  }
}
