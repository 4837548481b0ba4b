package org.parley.search;

/**
 * A request Parley refuses, naming the parameter at fault; the HTTP layer maps it to a 400 with
 * {@code code}, {@code param} and {@code message}. Messages never echo raw user input.
 */
public class InvalidRequestException extends RuntimeException {
  private final String param;

  public InvalidRequestException(String param, String message) {
    super(message);
    this.param = param;
  }

  /** The parameter at fault ({@code q}, {@code size}, ...). */
  public String param() {
    return param;
  }
}
