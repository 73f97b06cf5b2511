/**
 * Hardened XML reading shared by every XML format: a StAX pass that refuses DTD entity declarations
 * (XXE, entity expansion), never loads external resources, bounds depth and size, and builds a
 * small element tree with resolved namespaces, {@code xml:base} and {@code xml:lang}.
 */
@NullMarked
package org.warta.feed.xml;

import org.jspecify.annotations.NullMarked;
