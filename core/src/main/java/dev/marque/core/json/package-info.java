/**
 * JSON in and out for marque's values: portfolios (strict, every problem reported by its JSON
 * path), listing feeds and scan findings (JSON Lines, read as a stream, a bad line never stopping
 * the rest). {@link dev.marque.core.json.MarqueJson} is the one entry point; Jackson is an
 * implementation detail and none of its types appear in this API.
 */
package dev.marque.core.json;
