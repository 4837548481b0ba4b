package org.parley.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.parley.search.BrowseService;
import org.parley.search.Hit;

/**
 * Streams exported hits to the response. Nothing (no header, no byte) is written before the first
 * hit or the end, so a refusal raised before the search starts (a bad {@code q}, say) still becomes
 * a clean JSON 400 rather than a half-written file.
 *
 * <p>Each export has a budget of rows ({@code export_max_rows}) and time ({@code
 * export_max_seconds}). An export known to exceed the rows is refused with a 400 before its first
 * byte; one that runs past either budget while streaming is aborted, so the client sees a failed
 * download rather than a file that looks complete and is not.
 */
final class ExportWriter implements BrowseService.HitSink {
  private static final int BUFFER_CHARS = 64 * 1024;

  private final Context ctx;
  private final ExportFormat format;
  private final long maxRows;
  private final long deadlineNanos;
  private final LongSupplier clock;
  private Writer out;
  private long rows;

  ExportWriter(Context ctx, ExportFormat format, ExportBudget budget) {
    this.ctx = ctx;
    this.format = format;
    this.maxRows = budget.maxRows();
    this.clock = System::nanoTime;
    this.deadlineNanos = clock.getAsLong() + TimeUnit.SECONDS.toNanos(budget.maxSeconds());
  }

  /** The budget of one export. */
  record ExportBudget(int maxRows, int maxSeconds) {}

  @Override
  public void expect(long atLeast) {
    if (atLeast > maxRows) {
      throw ApiException.badRequest(
          "export_too_large",
          "this export has more than " + maxRows + " rows; narrow the query or the filters");
    }
  }

  @Override
  public void accept(Hit hit) throws IOException {
    if (++rows > maxRows) {
      abort("more than " + maxRows + " rows");
    }
    if (clock.getAsLong() - deadlineNanos > 0) {
      abort("over its time budget");
    }
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

  /**
   * Stops the export. Before its first byte that is a 503; after, the connection is aborted, as a
   * cleanly ended stream would pass a truncated file off as the whole export.
   */
  private void abort(String why) throws ExportBudgetExceeded {
    ExportBudgetExceeded stop = new ExportBudgetExceeded("export stopped: " + why);
    if (out == null) {
      throw ApiException.unavailable("the export ran out of time; narrow it and retry");
    }
    // The connection ends without the stream's last chunk. Aborting the servlet channel instead
    // would leave it in a state Javalin trips over (and logs) when it finishes the request.
    ServletContextRequest.getServletContextRequest(ctx.req())
        .getConnectionMetaData()
        .getConnection()
        .getEndPoint()
        .close(stop);
    throw stop;
  }

  /** An export that ran past its budget while streaming. */
  static final class ExportBudgetExceeded extends IOException {
    ExportBudgetExceeded(String message) {
      super(message);
    }
  }
}
