package org.parley.importer;

import java.util.List;
import org.jsoup.select.Evaluator;

/**
 * One site's rules with every selector parsed, so a bad selector stops the import at start rather
 * than on the first page of that site.
 *
 * @param name the site's name, for messages
 * @param organisation the organisation written to the front matter, or {@code null}
 * @param title the title element, or {@code null} for the generic rules
 * @param date the date element, or {@code null} for the generic rules
 * @param place the place element, or {@code null} for none
 * @param body the content elements
 * @param drop the elements removed before the text is read
 */
record SiteSelectors(
    String name,
    String organisation,
    Evaluator title,
    Evaluator date,
    Evaluator place,
    Evaluator body,
    List<Evaluator> drop) {}
