/**
 * Finding inputs in HTML pages: feed and sitemap autodiscovery on a home page, sitemaps named in
 * robots.txt, and article links on section pages of sites without feeds (learned URL patterns).
 * Pure functions over bytes and a URL.
 */
@NullMarked
package org.warta.feed.discovery;

import org.jspecify.annotations.NullMarked;
