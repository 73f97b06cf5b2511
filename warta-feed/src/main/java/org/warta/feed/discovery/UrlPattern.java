package org.warta.feed.discovery;

import java.net.URI;

/**
 * A URL template learned from one page ({@code w/Y/M/D/N/S}: section word, year, month, day,
 * numeric id, slug) with how many links on the page follow it and whether it was judged to be the
 * shape of articles.
 */
public record UrlPattern(String template, int links, boolean articles, URI example) {}
