/**
 * {@code index-config/} read into immutable, validated records: analysis settings, topics, the
 * speaker registry, server settings and the importer's site rules. An error names the file and the
 * key path ({@code topics[3].query}); {@link org.parley.config.YamlErrors} words them. {@link
 * org.parley.config.ParleyConfig#load} is the entry point.
 *
 * <p>May import: {@code org.parley.speakers}, {@code com.fasterxml.jackson}.
 */
package org.parley.config;
