package org.parley.ingest;

/**
 * Where a transcript comes from and on what terms it may be quoted: what every hit, permalink and
 * citation shows beside the text.
 *
 * @param organisation who published it ("President of Russia (en.kremlin.ru)"), or {@code null}
 * @param licence the licence or copyright status as the source states it, or {@code null}
 * @param licenceUrl the licence's text, or {@code null}
 * @param attribution the line a licence such as CC BY requires beside every reuse, or {@code null}
 * @param datePrecision whether the date is the event's day or an approximation
 */
public record Provenance(
    String organisation,
    String licence,
    String licenceUrl,
    String attribution,
    DatePrecision datePrecision) {
  public static final Provenance NONE = new Provenance(null, null, null, null, DatePrecision.EXACT);

  public Provenance {
    datePrecision = datePrecision == null ? DatePrecision.EXACT : datePrecision;
  }

  /** This provenance, with each missing value taken from {@code defaults}. */
  Provenance orElse(Provenance defaults) {
    return new Provenance(
        organisation != null ? organisation : defaults.organisation,
        licence != null ? licence : defaults.licence,
        licenceUrl != null ? licenceUrl : defaults.licenceUrl,
        attribution != null ? attribution : defaults.attribution,
        datePrecision == DatePrecision.APPROXIMATE ? datePrecision : defaults.datePrecision);
  }
}
