package org.parley.config;

/**
 * {@code speakers.yaml} is missing, malformed or inconsistent; the message names the file and the
 * key path ({@code speakers.yaml: persons[3].terms[0].from: not an ISO date}).
 */
public class SpeakerRegistryException extends ConfigException {
  public SpeakerRegistryException(String message) {
    super(message);
  }

  public SpeakerRegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
