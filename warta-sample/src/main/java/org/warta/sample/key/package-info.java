/**
 * What tests check Warta against: the publisher manifest ({@link
 * org.warta.sample.key.PublisherManifest}, {@code publishers.tsv}) and the answer key ({@link
 * org.warta.sample.key.AnswerKey}, {@code answer-key.tsv}), both tab-separated with a header.
 */
@NullMarked
package org.warta.sample.key;

import org.jspecify.annotations.NullMarked;
