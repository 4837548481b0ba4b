package org.parley.index;

import java.util.List;
import java.util.Map;
import org.parley.ingest.AttributionCounts;
import org.parley.ingest.SkippedFile;

/**
 * The closing summary of a rebuild.
 *
 * @param generation the generation now live
 * @param upToDate true when corpus and config were unchanged and nothing was rebuilt
 * @param documents transcripts indexed
 * @param paragraphs paragraphs indexed
 * @param speakers distinct resolved speakers
 * @param unknownSpeakerParagraphs paragraphs whose speaker could not be resolved
 * @param topicCounts paragraphs per topic
 * @param skipped files skipped, with reasons
 * @param deletedGenerations old or partial generations removed
 * @param parseSeconds time spent reading and parsing the corpus
 * @param indexSeconds time spent tagging, indexing, committing and verifying
 * @param sources per source folder: documents, paragraphs, how they are attributed, approximate
 *     dates
 */
public record BuildReport(
    String generation,
    boolean upToDate,
    int documents,
    int paragraphs,
    int speakers,
    int unknownSpeakerParagraphs,
    Map<String, Long> topicCounts,
    List<SkippedFile> skipped,
    List<String> deletedGenerations,
    double parseSeconds,
    double indexSeconds,
    AttributionCounts sources) {}
