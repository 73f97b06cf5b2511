/**
 * Test support shared by the modules' tests: a real HTTP server on the loopback interface that logs
 * every request ({@link org.warta.testkit.LoopbackServer}), and access to the evaluation sets in
 * {@code ../shared/bench} ({@link org.warta.testkit.SharedBench}). Test scope only.
 */
@NullMarked
package org.warta.testkit;

import org.jspecify.annotations.NullMarked;
