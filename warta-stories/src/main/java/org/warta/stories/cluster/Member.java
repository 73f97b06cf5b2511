package org.warta.stories.cluster;

import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.stories.vector.SparseVector;

/**
 * An article as a story remembers it for split and merge tests.
 *
 * @param article the article
 * @param source where it was published
 * @param language its language
 * @param partition its language partition ({@link org.warta.stories.vector.TermKey#partition})
 * @param time its publication time, epoch seconds
 * @param vector its unit TF-IDF vector
 */
public record Member(
    ArticleId article,
    SourceId source,
    Language language,
    int partition,
    long time,
    SparseVector vector) {}
