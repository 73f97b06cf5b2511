package org.warta.dedupe.eval;

/**
 * One document of an evaluation stream: the bench's {@code docs.jsonl} fields dedupe uses.
 *
 * @param id the document id (any text)
 * @param title the title, empty when absent
 * @param text the plain text, empty when absent
 * @param url the URL, empty when absent or unusable
 */
public record EvalDocument(String id, String title, String text, String url) {}
