/**
 * Feed-parsing throughput: Warta's {@code FeedReader} against ROME 2.1.0 on a generated corpus of
 * real-world-shaped feeds, in the same JMH run.
 */
@NullMarked
package org.warta.bench.feed;

import org.jspecify.annotations.NullMarked;
