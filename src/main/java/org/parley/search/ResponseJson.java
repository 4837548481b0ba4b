package org.parley.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper for responses, shared by the CLI's {@code --json} and the HTTP API. */
public final class ResponseJson {
  /** Thread-safe once configured, as Jackson documents. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

  private ResponseJson() {}
}
