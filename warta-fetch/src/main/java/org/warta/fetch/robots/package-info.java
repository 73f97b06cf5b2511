/**
 * robots.txt per RFC 9309: {@link org.warta.fetch.robots.RobotsPolicy} turns a fetch outcome (body,
 * 4xx, 5xx, unreachable) into {@link org.warta.fetch.robots.RobotsRules}, parsing with
 * crawler-commons; {@link org.warta.fetch.robots.RobotsCache} keeps them per origin for at most 24
 * hours. The fetching itself is the fetcher's.
 */
@NullMarked
package org.warta.fetch.robots;

import org.jspecify.annotations.NullMarked;
