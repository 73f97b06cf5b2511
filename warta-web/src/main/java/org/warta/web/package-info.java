/**
 * The reader site, the JSON API and the feeds Warta serves. {@link org.warta.web.WebServer} starts
 * it; {@link org.warta.web.Routes} is the site map; handlers only translate HTTP into store and
 * search queries and render precompiled jte templates.
 */
@NullMarked
package org.warta.web;

import org.jspecify.annotations.NullMarked;
