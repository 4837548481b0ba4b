package org.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.parley.ingest.CorpusReader;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;
import org.parley.speakers.Role;
import org.parley.speakers.SpeakerRegistry;

/**
 * Writes a deterministic synthetic corpus of exactly N paragraphs: transcripts of 40 to 80
 * paragraphs, dated in order over {@link #FIRST_DAY}..{@link #LAST_DAY}, one file each under a
 * folder per year. The same seed gives byte-identical files whatever the number of threads: every
 * transcript draws from its own random stream, derived from the seed and its number.
 */
public final class CorpusGenerator {
  /**
   * Stoltenberg's first day as NATO Secretary General: every date has a registered office-holder.
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(2014, 10, 1);

  public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  static final int MIN_PARAGRAPHS = 40;
  static final int MAX_PARAGRAPHS = 80;

  private final TranscriptComposer composer;
  private final int threads;

  /**
   * @param trainingParagraphs real paragraphs the word model learns from (the bundled corpus)
   * @param registry the speaker registry the labels must resolve through
   */
  public CorpusGenerator(List<String> trainingParagraphs, SpeakerRegistry registry, int threads) {
    this.composer =
        new TranscriptComposer(
            WordModel.train(trainingParagraphs), TailVocabulary.get(), new SpeakerCast(registry));
    this.threads = Math.max(1, threads);
  }

  /**
   * A generator whose word model is trained on the officials' paragraphs found in {@code corpus}.
   */
  public static CorpusGenerator trainedOn(Path corpus, SpeakerRegistry registry, int threads)
      throws IOException {
    CorpusSnapshot snapshot = new CorpusReader(registry).read(corpus);
    List<String> paragraphs = new ArrayList<>();
    for (Transcript transcript : snapshot.transcripts()) {
      for (Paragraph paragraph : transcript.paragraphs()) {
        // Officials' statements and answers only: moderators' and journalists' lines ("Ukrinform,
        // please") would leak into every generated answer.
        if (paragraph.turn().speaker().role() == Role.OFFICIAL) {
          paragraphs.add(paragraph.text());
        }
      }
    }
    if (paragraphs.isEmpty()) {
      throw new IOException("no transcripts to train the word model on in " + corpus);
    }
    return new CorpusGenerator(paragraphs, registry, threads);
  }

  /** What was written. */
  public record Result(
      int transcripts,
      int paragraphs,
      LocalDate firstDate,
      LocalDate lastDate,
      long bytes,
      double seconds) {}

  /**
   * Writes {@code paragraphs} paragraphs of transcripts into the empty or absent folder {@code
   * dir}.
   */
  public Result generate(Path dir, int paragraphs, long seed) throws IOException {
    if (paragraphs < 1) {
      throw new IllegalArgumentException("paragraphs must be at least 1");
    }
    long start = System.nanoTime();
    Files.createDirectories(dir);
    List<Integer> sizes = plan(paragraphs, seed);
    long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    LongAdder bytes = new LongAdder();
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parley-bench-generate-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> tasks = new ArrayList<>();
      int perTask = Math.max(1, sizes.size() / (threads * 8));
      for (int from = 0; from < sizes.size(); from += perTask) {
        int first = from;
        int last = Math.min(sizes.size(), from + perTask);
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = first; i < last; i++) {
                    LocalDate date = FIRST_DAY.plusDays(days * i / Math.max(1, sizes.size() - 1));
                    bytes.add(write(dir, i, date, sizes.get(i), seed));
                  }
                  return null;
                }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("generation was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("generation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    LocalDate lastDate = FIRST_DAY.plusDays(sizes.size() > 1 ? days : 0);
    return new Result(
        sizes.size(),
        paragraphs,
        FIRST_DAY,
        lastDate,
        bytes.sum(),
        (System.nanoTime() - start) / 1e9);
  }

  /** Transcript sizes adding up to exactly {@code paragraphs}; the last one takes the remainder. */
  static List<Integer> plan(int paragraphs, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> sizes = new ArrayList<>();
    int left = paragraphs;
    while (left > 0) {
      int size = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
      sizes.add(Math.min(size, left));
      left -= size;
    }
    return sizes;
  }

  private long write(Path dir, int number, LocalDate date, int paragraphs, long seed)
      throws IOException {
    // One stream per transcript: the output does not depend on which thread wrote what.
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
    TranscriptComposer.Composed transcript = composer.compose(random, date, paragraphs);
    Path folder = dir.resolve(Integer.toString(date.getYear()));
    Files.createDirectories(folder);
    String name =
        String.format(Locale.ROOT, "%s-%s-%06d.txt", date, slug(transcript.title()), number);
    byte[] bytes = transcript.text().getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve(name), bytes);
    return bytes.length;
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
