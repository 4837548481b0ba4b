/**
 * The command line ({@code parley index|search|serve|eval|import}) and the composition root: the
 * only place that builds the whole application from config, so it may use every other package.
 * Errors are mapped to messages and exit codes in one place, {@link org.parley.cli.CliErrors}.
 *
 * <p>May import: {@code org.parley}, {@code picocli}, {@code org.slf4j}.
 */
package org.parley.cli;
