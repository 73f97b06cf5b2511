/**
 * The simulated crawl ({@link org.warta.sample.site.Crawl}): renders every page, image and feed of
 * the plan as HTTP responses with realistic headers, at plausible capture times.
 */
@NullMarked
package org.warta.sample.site;

import org.jspecify.annotations.NullMarked;
