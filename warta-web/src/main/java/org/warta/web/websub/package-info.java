/** The WebSub callback routes: the web side of the pipeline's push subscriptions. */
@NullMarked
package org.warta.web.websub;

import org.jspecify.annotations.NullMarked;
