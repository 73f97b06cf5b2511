/**
 * The corpus before rendering ({@link org.warta.sample.plan.CorpusPlan}): articles with their URLs,
 * times, texts and syndication facts, planned from the content by {@link
 * org.warta.sample.plan.Planner}. A synthetic generator for benchmarks plugs in here.
 */
@NullMarked
package org.warta.sample.plan;

import org.jspecify.annotations.NullMarked;
