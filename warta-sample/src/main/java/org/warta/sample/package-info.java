/**
 * The demo's sample corpus and its generator. {@link org.warta.sample.SampleCorpus} is the entry
 * point: it plans the corpus from hand-written content ({@code content}, {@code publisher}, {@code
 * plan}), renders and crawls it ({@code template}, {@code feed}, {@code image}, {@code site}),
 * packs it as a WARC ({@code warc}) and writes the manifest and answer key ({@code key}).
 */
@NullMarked
package org.warta.sample;

import org.jspecify.annotations.NullMarked;
