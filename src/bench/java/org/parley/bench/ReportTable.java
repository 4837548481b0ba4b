package org.parley.bench;

import java.util.Locale;
import java.util.Map;

/** The plain-text summary printed at the end of a run. */
public final class ReportTable {
  private ReportTable() {}

  public static String render(BenchReport r) {
    StringBuilder out = new StringBuilder();
    BenchReport.Corpus c = r.corpus();
    BenchReport.Machine m = r.machine();
    line(
        out,
        "Parley bench: %,d paragraphs in %,d transcripts (%s..%s, %,d MB%s), seed %d",
        c.paragraphs(),
        c.transcripts(),
        c.firstDate(),
        c.lastDate(),
        c.bytes() >> 20,
        c.reused()
            ? ", reused"
            : String.format(Locale.ROOT, ", generated in %.1f s", c.generateSeconds()),
        r.settings().seed());
    line(
        out,
        "machine: %d cores, JDK %s, %s, %s; load average %.1f at start, %.1f at end",
        m.cores(),
        m.jdk(),
        m.vm(),
        m.os(),
        m.loadAverageAtStart(),
        m.loadAverageAtEnd());
    line(out, "");

    BenchReport.Indexing ix = r.indexing();
    line(out, "Indexing (%d threads)                     seconds   paragraphs/s", ix.threads());
    line(
        out,
        "  parley index, end to end                %7.1f   %,12.0f",
        ix.rebuildSeconds(),
        ix.rebuildParagraphsPerSecond());
    line(
        out,
        "    of which parsing | indexing+verifying  %5.1f | %.1f",
        ix.rebuildParseSeconds(),
        ix.rebuildIndexSeconds());
    line(
        out,
        "  raw IndexWriter (after %.1f s parsing)   %7.1f   %,12.0f",
        ix.rawParseSeconds(),
        ix.rawIndexSeconds(),
        ix.rawParagraphsPerSecond());
    line(
        out,
        "  rebuild rate / raw rate                                %6.2f",
        ix.rebuildOverRawRate());
    line(
        out,
        "  plain IndexWriter, one text field       %7.1f   %,12.0f",
        ix.plainIndexSeconds(),
        ix.plainParagraphsPerSecond());
    line(
        out,
        "  rebuild rate / plain rate                              %6.2f",
        ix.rebuildOverPlainRate());
    line(
        out,
        "  index size: Parley %,d MB, raw %,d MB, ratio %.2f",
        ix.parleyIndexBytes() >> 20,
        ix.rawIndexBytes() >> 20,
        ix.parleyOverRawSize());
    line(out, "");

    line(out, "Top-hit agreement with %s (ids of the page, in order)", Benchmark.REFERENCE);
    for (BenchReport.Agreement a : r.agreement()) {
      line(
          out,
          "  %-7s %-14s %4d/%-4d %6.1f%%",
          a.mix(),
          a.side(),
          a.same(),
          a.queries(),
          a.percent());
      for (String example : a.examples()) {
        line(out, "      differs: %s", example);
      }
    }
    line(out, "");

    line(
        out,
        "Search (closed loop; per row %.0f s warm-up, then %.0f s measured in %d turns taken in"
            + " rotation with the other sides)",
        r.settings().warmupSeconds(),
        r.settings().durationSeconds(),
        r.settings().rounds());
    line(
        out, "  mix      c  side            requests       QPS   p50 ms   p90 ms   p99 ms  errors");
    for (BenchReport.Run run : r.runs()) {
      ClosedLoop.Stats s = run.stats();
      line(
          out,
          "  %-7s %2d  %-14s %9d %9.1f %8.2f %8.2f %8.2f %7d",
          run.mix(),
          run.concurrency(),
          run.side(),
          s.requests(),
          s.qps(),
          s.p50Millis(),
          s.p90Millis(),
          s.p99Millis(),
          s.errors());
    }
    line(out, "");

    line(out, "Parley / raw Lucene (QPS: higher is better; latency: lower is better)");
    line(out, "  mix      c  pair                          QPS     p50     p99");
    for (BenchReport.Ratio ratio : r.ratios()) {
      line(
          out,
          "  %-7s %2d  %-28s %5.2f   %5.2f   %5.2f",
          ratio.mix(),
          ratio.concurrency(),
          ratio.parley() + " / " + ratio.raw(),
          ratio.qps(),
          ratio.p50(),
          ratio.p99());
    }
    line(out, "");

    BenchReport.WarmUpCurve w = r.warmUp();
    if (w != null) {
      StringBuilder qps = new StringBuilder();
      for (double q : w.qpsPerSecond()) {
        qps.append(String.format(Locale.ROOT, " %.0f", q));
      }
      line(
          out,
          "Warm-up (%s restarted, c=%d): first answer %.1f s after JVM start; first 10 s at"
              + " %.2f of steady state (%.1f QPS)",
          Benchmark.REFERENCE,
          w.concurrency(),
          w.startSeconds(),
          w.firstTenSecondsRatio(),
          w.steadyQps());
      line(out, "  QPS per second:%s", qps);
      line(out, "");
    }

    ClosedLoop.Stats s = r.suggest();
    line(
        out,
        "Suggest (%s, c=1): %,d requests, %.1f QPS, p50 %.2f ms, p99 %.2f ms, errors %d",
        Benchmark.REFERENCE,
        s.requests(),
        s.qps(),
        s.p50Millis(),
        s.p99Millis(),
        s.errors());
    StringBuilder heap = new StringBuilder();
    for (Map.Entry<String, Long> e : r.heap().entrySet()) {
      heap.append(heap.isEmpty() ? "" : ", ")
          .append(e.getKey())
          .append(' ')
          .append(e.getValue() < 0 ? "unknown" : (e.getValue() >> 20) + " MB");
    }
    line(out, "Heap after full GC: %s", heap);
    line(out, "");

    line(
        out,
        "Phrase history (%s /api/phrase, c=1)   uses  variants   p50 ms   p99 ms",
        Benchmark.REFERENCE);
    for (BenchReport.PhraseRun p : r.phrases()) {
      line(
          out,
          "  %-34s %,7d  %8d  %7.1f  %7.1f%s",
          "\"" + p.phrase() + "\"",
          p.uses(),
          p.variants(),
          p.stats().p50Millis(),
          p.stats().p99Millis(),
          p.stats().errors() > 0 ? "  errors " + p.stats().errors() : "");
    }
    line(out, "");

    line(out, "Targets");
    for (BenchReport.Target t : r.targets()) {
      line(
          out,
          "  [%s] %-34s %-10s measured %-9s %s",
          t.met() ? " met  " : "MISSED",
          t.name(),
          t.goal(),
          t.measured(),
          t.note());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
