/**
 * The HTTP/JSON API: thin Javalin handlers (parse the declared parameters, make one service call,
 * write one response record), one error mapper, and the guards every request passes (security
 * headers, rate limit, CORS, conditional GET). Only this package imports Javalin. It reaches the
 * index only through {@code org.parley.search}; the one Lucene type named here is the
 * too-many-clauses exception, which the error mapper turns into a 400 on {@code q}.
 *
 * <p>May import: {@code org.parley.config}, {@code org.parley.search}, {@code org.parley.speakers},
 * {@code org.parley.json}, {@code io.javalin}, {@code jakarta.servlet}, {@code org.eclipse.jetty},
 * {@code org.apache.lucene.search.IndexSearcher}, {@code com.fasterxml.jackson}, {@code org.slf4j},
 * {@code javax.xml.stream} (the JDK's XML writer, for the Atom feeds).
 *
 * <p>Start with {@link org.parley.http.ParleyApp} (the application, built from its dependencies and
 * not started) and {@link org.parley.http.ApiEndpoints} (every route and its parameters).
 */
package org.parley.http;
