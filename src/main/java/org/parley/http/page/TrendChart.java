package org.parley.http.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.parley.search.FacetValue;

/**
 * The trend chart above the hits: hits per month (per year when they span more than three years) as
 * an inline SVG whose bars are links filtering the page to their period, so it works with keyboard
 * and without JavaScript. Attributes only, no {@code style}: the CSP allows no inline style.
 */
final class TrendChart {
  /** Longest span drawn month by month; longer spans are drawn by year. */
  static final int MAX_MONTHS = 36;

  /** Few periods stay narrow bars in the middle instead of stretching across the chart. */
  private static final int MIN_SLOTS = 24;

  private static final int BAR_WIDTH = 12;
  private static final int HEIGHT = 60;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

  private TrendChart() {}

  /** One period (a {@code month} or a {@code year}): labels, hits, the dates a click filters to. */
  record Bar(
      String unit, String label, String shortLabel, long count, LocalDate from, LocalDate to) {}

  /** The bars for a month facet ({@code 2022-02}: count); empty when it has no hits. */
  static List<Bar> bars(List<FacetValue> months) {
    TreeMap<YearMonth, Long> counts = new TreeMap<>();
    for (FacetValue m : months) {
      if (m.count() > 0) {
        try {
          counts.merge(YearMonth.parse(m.value()), m.count(), Long::sum);
        } catch (DateTimeParseException e) {
          // Not a month: nothing to draw for it.
        }
      }
    }
    List<Bar> bars = new ArrayList<>();
    if (counts.isEmpty()) {
      return bars;
    }
    YearMonth first = counts.firstKey();
    YearMonth last = counts.lastKey();
    if (first.until(last, ChronoUnit.MONTHS) < MAX_MONTHS) {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        bars.add(
            new Bar(
                "month",
                MONTH.format(m),
                SHORT_MONTH.format(m),
                counts.getOrDefault(m, 0L),
                m.atDay(1),
                m.atEndOfMonth()));
      }
    } else {
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        int year = y;
        long count =
            counts.entrySet().stream()
                .filter(e -> e.getKey().getYear() == year)
                .mapToLong(e -> e.getValue())
                .sum();
        String label = Integer.toString(y);
        bars.add(
            new Bar("year", label, label, count, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
    }
    return bars;
  }

  /** Writes the chart, or nothing when there is no month with hits. */
  static void render(Html html, List<FacetValue> months, UrlParams params) {
    List<Bar> bars = bars(months);
    if (bars.isEmpty()) {
      return;
    }
    String unit = bars.get(0).unit();
    long max = bars.stream().mapToLong(Bar::count).max().orElse(1);
    int slots = Math.max(bars.size(), MIN_SLOTS);
    int offset = (slots - bars.size()) / 2;
    html.raw("<figure id=\"trend\" class=\"trend\">")
        .element("figcaption", "Hits per " + unit)
        .open(
            "svg",
            "viewBox",
            "0 0 " + slots * BAR_WIDTH + " " + HEIGHT,
            "preserveAspectRatio",
            "none",
            "class",
            "chart",
            "role",
            "group",
            "aria-label",
            "Hits per " + unit + "; choose a bar to filter to that " + unit);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      if (b.count() == 0) {
        continue;
      }
      int h = (int) Math.max(2, Math.round((double) b.count() / max * (HEIGHT - 2)));
      int x = (offset + i) * BAR_WIDTH;
      String text =
          b.label()
              + ": "
              + String.format(Locale.ROOT, "%,d", b.count())
              + (b.count() == 1 ? " hit" : " hits");
      String href =
          params
              .with("page", null)
              .with("from", b.from().toString())
              .with("to", b.to().toString())
              .on("/");
      html.open(
              "a",
              "href",
              href,
              "class",
              "bar",
              "data-from",
              b.from().toString(),
              "data-to",
              b.to().toString(),
              "aria-label",
              text)
          .element("title", text)
          .open(
              "rect",
              "class",
              "target",
              "x",
              Integer.toString(x),
              "y",
              "0",
              "width",
              Integer.toString(BAR_WIDTH),
              "height",
              Integer.toString(HEIGHT))
          .close("rect")
          .open(
              "rect",
              "class",
              "fill",
              "x",
              Double.toString(x + 1.5),
              "y",
              Integer.toString(HEIGHT - h),
              "width",
              Integer.toString(BAR_WIDTH - 3),
              "height",
              Integer.toString(h))
          .close("rect")
          .close("a");
    }
    html.close("svg");
    String first = bars.get(0).shortLabel();
    String last = bars.get(bars.size() - 1).shortLabel();
    if (bars.size() < slots) {
      html.raw("<div class=\"axis centered\" aria-hidden=\"true\">")
          .element("span", first.equals(last) ? first : first + " – " + last)
          .raw("</div>");
    } else {
      html.raw("<div class=\"axis\" aria-hidden=\"true\">")
          .element("span", first)
          .element("span", last)
          .raw("</div>");
    }
    html.raw("</figure>");
  }
}
