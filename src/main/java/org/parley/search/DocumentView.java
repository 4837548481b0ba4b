package org.parley.search;

import java.util.List;

/** A whole transcript as parsed: its metadata and every paragraph in order. */
public record DocumentView(Hit.DocRef doc, List<Hit> paragraphs) {}
