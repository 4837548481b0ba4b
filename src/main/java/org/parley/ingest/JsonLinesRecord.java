package org.parley.ingest;

import java.util.List;

/**
 * One line of a JSON Lines corpus file: one paragraph of an already-split transcript. Keys are
 * snake_case ({@code doc_id}, {@code speaker_label}); unknown keys make the line unusable.
 *
 * @param docId the document the paragraph belongs to (required)
 * @param title the document's title
 * @param date the event date, in any form {@link DateParser} reads (required on at least one line
 *     of each document)
 * @param speaker who speaks, by name
 * @param speakerLabel the label as printed, when the source kept it
 * @param role {@code official}, {@code moderator}, {@code journalist}, {@code participant} or
 *     {@code unknown}; when absent, the registry or the outlet decides
 * @param outlet a journalist's news organisation
 * @param text the paragraph's text (required)
 * @param topics topics the source assigned
 * @param source the original URL
 */
record JsonLinesRecord(
    String docId,
    String title,
    String date,
    String speaker,
    String speakerLabel,
    String role,
    String outlet,
    String text,
    List<String> topics,
    String source) {}
