package org.parley.search;

import java.util.List;

/**
 * A paragraph with the paragraphs around it, for the "in context" view and permalinks.
 *
 * @param paragraph the paragraph asked for
 * @param before up to N paragraphs before it, in order
 * @param after up to N paragraphs after it, in order
 * @param doc its document
 */
public record ParagraphContext(Hit paragraph, List<Hit> before, List<Hit> after, Hit.DocRef doc) {}
