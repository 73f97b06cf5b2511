/**
 * WebSub (W3C Recommendation, 2018): subscribing to the hub a feed advertises, answering the hub's
 * verification of intent, and ingesting what it pushes. Polling stays on as the safety net.
 */
@NullMarked
package org.warta.pipeline.websub;

import org.jspecify.annotations.NullMarked;
