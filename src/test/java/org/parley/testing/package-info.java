/**
 * Shared test fixtures for every test that needs a real index or a running server (HTTP, browser
 * and benchmark tests):
 *
 * <ul>
 *   <li>{@link org.parley.testing.TestCorpus}: the bundled {@code corpus/} and {@code
 *       index-config/}, or small transcripts written to a temporary folder;
 *   <li>{@link org.parley.testing.TestIndex}: builds (and rebuilds) an index from a corpus;
 *   <li>{@link org.parley.testing.TestServer}: the real HTTP server on a free port over such an
 *       index, with helpers to send requests through the JDK {@code HttpClient};
 *   <li>{@link org.parley.testing.CsvRecords}: an RFC 4180 reader to check exports.
 * </ul>
 *
 * <p>Typical use, one server per test class:
 *
 * <pre>{@code
 * @TempDir static Path tmp;
 * static TestServer server;
 *
 * @BeforeAll
 * static void start() throws IOException {
 *   Path index = TestIndex.build(TestCorpus.bundled(), tmp.resolve("index"));
 *   server = TestServer.over(index).start();
 * }
 *
 * @AfterAll
 * static void stop() { server.close(); }
 * }</pre>
 */
package org.parley.testing;
