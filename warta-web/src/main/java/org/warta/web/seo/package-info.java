/**
 * The site as search engines and other machines see it: absolute URLs, schema.org JSON-LD, sitemaps
 * (with the Google News extension) and robots.txt.
 */
@NullMarked
package org.warta.web.seo;

import org.jspecify.annotations.NullMarked;
