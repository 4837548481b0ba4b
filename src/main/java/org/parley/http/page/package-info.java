/**
 * Parley's HTML pages: the search page and paragraph permalinks rendered on the server (every
 * string escaped, only {@code <mark>} kept from highlights), their security headers, and the static
 * files of {@code src/main/resources/web/}. Part of the HTTP layer: imports Javalin and the search
 * services, never Lucene.
 *
 * <p>May import: {@code org.parley.http}, {@code org.parley.search}, {@code org.parley.speakers},
 * {@code org.parley.json}, {@code io.javalin}, {@code com.fasterxml.jackson}.
 */
package org.parley.http.page;
