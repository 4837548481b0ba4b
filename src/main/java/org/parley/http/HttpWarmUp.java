package org.parley.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends representative requests to a server over loopback HTTP, from a few client threads, until a
 * time budget is spent: the JIT then compiles the whole path a real request takes (Jetty's parser
 * and connection handling, Javalin's routing, the guards, the search, the JSON writer and gzip),
 * not only the search. An in-process replay leaves the HTTP half cold, and on two cores that half
 * keeps the first users at well under full speed for tens of seconds.
 *
 * <p>The client is a bare HTTP/1.1 keep-alive connection over a socket, not the JDK's {@code
 * HttpClient}: the warm-up runs in the server's own JVM, and a client that needs compiling too
 * would take CPU and compiler time from the code being warmed. Each client walks the request list
 * from its own offset, so different requests run at once; every other request sends a browser's
 * headers and accepts gzip, the others a script client's.
 */
public final class HttpWarmUp {
  /**
   * What a warm-up did.
   *
   * @param notOk requests answered with another status than 200, or not answered
   * @param firstNotOk the first of them, with its status (-1: no answer)
   * @param perSecond requests answered in each second (the last one may be shorter)
   * @param settled whether it ended early because the JIT had caught up ({@link JitActivity})
   */
  public record Result(
      int requests,
      int notOk,
      String firstNotOk,
      Duration took,
      List<Integer> perSecond,
      boolean settled) {}

  private static final int READ_TIMEOUT_MILLIS = 10_000;

  /**
   * Headers as a browser's fetch sends them, and as a script's HTTP client does: Jetty's parser
   * takes another path for each header it meets, and a warm-up with none left those cold.
   */
  private static final String BROWSER_HEADERS =
      "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0\r\n"
          + "Accept: */*\r\n"
          + "Accept-Language: en-GB,en;q=0.5\r\n"
          + "Accept-Encoding: gzip, deflate, br, zstd\r\n"
          + "Connection: keep-alive\r\n"
          + "Sec-Fetch-Dest: empty\r\n"
          + "Sec-Fetch-Mode: cors\r\n"
          + "Sec-Fetch-Site: same-origin\r\n";

  private static final String CLIENT_HEADERS =
      "User-Agent: Java-http-client/25\r\nAccept: application/json\r\n";

  private static final long SECOND_NANOS = 1_000_000_000L;

  /** A warm-up runs at least this many seconds, even on a machine whose JIT keeps up at once. */
  private static final int MIN_SECONDS = 2;

  private final List<String> paths;
  private final int clients;

  /**
   * @param paths request paths with their query strings ({@code /api/search?q=nato}), sent in turn
   * @param clients connections sending requests at once
   */
  public HttpWarmUp(List<String> paths, int clients) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no warm-up requests");
    }
    if (clients < 1) {
      throw new IllegalArgumentException("clients must be at least 1");
    }
    this.paths = List.copyOf(paths);
    this.clients = clients;
  }

  /**
   * Sends the requests to {@code base} (an {@code http://host:port/} URI) until {@code budget} is
   * spent, or earlier once the JIT has caught up with them: when, for two seconds in a row, its
   * compiler threads were busy less than a tenth of the time. On a machine with cores to spare that
   * takes a few seconds; on two cores the whole budget.
   */
  public Result run(URI base, Duration budget) throws InterruptedException {
    long start = System.nanoTime();
    long end = start + budget.toNanos();
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger notOk = new AtomicInteger();
    AtomicReference<String> firstNotOk = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c * paths.size() / clients;
      threads.add(
          Thread.ofPlatform()
              .name("parley-warm-up-" + c)
              .daemon()
              .start(
                  () -> {
                    Connection connection = null;
                    try {
                      for (int i = offset;
                          System.nanoTime() < end
                              && !stop.get()
                              && !Thread.currentThread().isInterrupted();
                          i++) {
                        String path = paths.get(i % paths.size());
                        int status;
                        try {
                          if (connection == null) {
                            connection = new Connection(base);
                          }
                          status = connection.get(path, i % 2 == 0);
                          if (!connection.keptAlive()) {
                            connection.close();
                            connection = null;
                          }
                        } catch (IOException e) {
                          status = -1;
                          if (connection != null) {
                            connection.close();
                            connection = null;
                          }
                        }
                        requests.incrementAndGet();
                        if (status != 200) {
                          notOk.incrementAndGet();
                          firstNotOk.compareAndSet(null, status + " " + path);
                        }
                      }
                    } finally {
                      if (connection != null) {
                        connection.close();
                      }
                    }
                  }));
    }
    List<Integer> perSecond = new ArrayList<>();
    int counted = 0;
    boolean settled = false;
    JitActivity jit = new JitActivity();
    try {
      for (long next = start + SECOND_NANOS; System.nanoTime() < end; next += SECOND_NANOS) {
        long wake = Math.min(next, end);
        for (long now = System.nanoTime(); now < wake; now = System.nanoTime()) {
          TimeUnit.NANOSECONDS.sleep(wake - now);
        }
        int now = requests.get();
        perSecond.add(now - counted);
        counted = now;
        // Only whole seconds say whether the compilers have gone quiet.
        if (wake == next && jit.settled() && perSecond.size() >= MIN_SECONDS) {
          settled = true;
          break;
        }
      }
    } finally {
      stop.set(true);
      for (Thread thread : threads) {
        thread.join();
      }
    }
    return new Result(
        requests.get(),
        notOk.get(),
        firstNotOk.get(),
        Duration.ofNanos(System.nanoTime() - start),
        perSecond,
        settled);
  }

  /** Time the JIT's compiler threads spent, second by second. */
  private static final class JitActivity {
    private static final long QUIET_MILLIS_PER_SECOND = 100;

    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    private long lastTotal = total();
    private int quietSeconds;

    /** Whether the last two calls, a second apart, found the compilers nearly idle. */
    boolean settled() {
      if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
        return false;
      }
      long total = total();
      quietSeconds = total - lastTotal < QUIET_MILLIS_PER_SECOND ? quietSeconds + 1 : 0;
      lastTotal = total;
      return quietSeconds >= 2;
    }

    private long total() {
      return compiler != null && compiler.isCompilationTimeMonitoringSupported()
          ? compiler.getTotalCompilationTime()
          : 0;
    }
  }

  /** One keep-alive connection: writes a GET, reads the status and skips the body. */
  private static final class Connection {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;
    private boolean keptAlive = true;

    Connection(URI base) throws IOException {
      socket = new Socket(base.getHost(), base.getPort());
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      host = base.getHost() + ":" + base.getPort();
    }

    int get(String path, boolean gzip) throws IOException {
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\n"
              + (gzip ? BROWSER_HEADERS : CLIENT_HEADERS)
              + "\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine = line();
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP response: " + statusLine);
      }
      int status = Integer.parseInt(parts[1]);
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.contains("chunked");
          case "connection" -> keptAlive &= !value.contains("close");
          default -> {}
        }
      }
      if (chunked) {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
          skip(size);
          line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
          // trailers are read and ignored
        }
      } else if (length >= 0) {
        skip(length);
      } else {
        in.transferTo(OutputStream.nullOutputStream());
        keptAlive = false;
      }
      return status;
    }

    boolean keptAlive() {
      return keptAlive;
    }

    private long chunkSize() throws IOException {
      String size = line();
      int extension = size.indexOf(';');
      return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
    }

    private void skip(long bytes) throws IOException {
      long left = bytes;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new EOFException("response ended early");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    /** One CRLF-terminated line, without the CRLF. */
    private String line() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new EOFException("connection closed mid-response");
        }
        if (b != '\r') {
          bytes.write(b);
        }
      }
      return bytes.toString(StandardCharsets.US_ASCII);
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket after a warm-up: nothing to report
      }
    }
  }
}
