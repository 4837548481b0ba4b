/**
 * Shared test fixtures for every test that needs a real index or a running server (HTTP, browser
 * and benchmark tests):
 *
 * <ul>
 *   <li>{@link org.parley.testing.TestCorpus}: the bundled {@code corpus/} and {@code
 *       index-config/}, or small transcripts written to a temporary folder;
 *   <li>{@link org.parley.testing.TestIndex}: builds (and rebuilds) an index from a corpus, and the
 *       one shared index of the bundled corpus;
 *   <li>{@link org.parley.testing.TestServer}: the real HTTP server on a free port over such an
 *       index, with helpers to send requests through the JDK {@code HttpClient};
 *   <li>{@link org.parley.testing.ChildJvm}: Parley's command line in a child JVM, for real kills,
 *       crashes and start-ups;
 *   <li>{@link org.parley.testing.CsvRecords}: an RFC 4180 reader to check exports.
 * </ul>
 *
 * <p>Typical use, one server per test class:
 *
 * <pre>{@code
 * static TestServer server;
 *
 * @BeforeAll
 * static void start() throws IOException {
 *   // the bundled corpus, built once and shared; a test that changes an index builds its own
 *   server = TestServer.over(TestIndex.bundled()).start();
 * }
 *
 * @AfterAll
 * static void stop() { server.close(); }
 * }</pre>
 */
package org.parley.testing;
