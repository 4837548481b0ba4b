package org.parley.ingest;

/**
 * One speaker's uninterrupted turn: the label that opened it and who it resolved to.
 *
 * @param number 1-based position of the turn in its transcript
 * @param speakerLabel the label as printed ("Max Delany (AFP)", "NATO Secretary General"), or
 *     {@code null} for an unlabelled opening statement attributed through the "by ..." line
 * @param speaker the resolved speaker ({@link Speaker#UNKNOWN} when it cannot be resolved)
 * @param question whether this turn asks a question of the podium (a journalist's turn)
 */
public record Turn(int number, String speakerLabel, Speaker speaker, boolean question) {}
