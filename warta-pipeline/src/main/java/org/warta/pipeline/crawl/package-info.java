/**
 * Articles found without a feed: single article URLs a user adds ({@code warta add-article}) and
 * bounded crawls of sites without feeds ({@code warta crawl}) that learn which URL shapes are
 * articles.
 */
@NullMarked
package org.warta.pipeline.crawl;

import org.jspecify.annotations.NullMarked;
