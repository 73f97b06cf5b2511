/**
 * Small charts drawn on the server as SVG (no script, no external resources), readable without
 * sight through their title and description.
 */
@NullMarked
package org.warta.web.chart;

import org.jspecify.annotations.NullMarked;
