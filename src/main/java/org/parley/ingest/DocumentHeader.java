package org.parley.ingest;

import java.time.LocalDate;

/**
 * The metadata lines at the top of a plain-text transcript.
 *
 * @param title the first line, or {@code null} when the text opens straight with a speaker
 * @param byLine the "by ..." line without "by", or a "Name, Title" line, or {@code null}
 * @param date the event date printed in the header, or {@code null}
 * @param lastUpdated the "Last updated" stamp as printed, or {@code null}
 * @param place the place printed next to the date, or {@code null}
 * @param asDelivered whether the text is marked "(As delivered)"
 * @param bodyStart the index of the first body line
 */
record DocumentHeader(
    String title,
    String byLine,
    LocalDate date,
    String lastUpdated,
    String place,
    boolean asDelivered,
    int bodyStart) {}
