/**
 * The page chrome of each sample publisher ({@link org.warta.sample.template.PageTemplate}, one
 * class per site): where title, byline, dates, lead image, "Baca juga" inserts, credits, promo
 * lines, sidebars and metadata (OpenGraph, JSON-LD) go.
 */
@NullMarked
package org.warta.sample.template;

import org.jspecify.annotations.NullMarked;
