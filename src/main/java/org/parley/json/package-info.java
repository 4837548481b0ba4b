/**
 * How responses look as JSON: the one Jackson mapper, with the names and inclusion rules of the
 * search records declared as mix-ins, so that the records themselves stay free of presentation.
 *
 * <p>May import: {@code org.parley.search}, {@code com.fasterxml.jackson}.
 */
package org.parley.json;
