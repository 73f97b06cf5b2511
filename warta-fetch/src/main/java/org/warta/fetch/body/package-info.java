/**
 * Reading a response body without trusting it: {@link org.warta.fetch.body.BodyStream} receives the
 * HTTP client's buffers one at a time (back-pressure) and enforces the idle and total deadlines,
 * {@link org.warta.fetch.body.BodyReader} counts wire bytes and decoded bytes against their limits
 * while undoing {@code Content-Encoding} (gzip, deflate) itself, and {@link
 * org.warta.fetch.body.ContentTypes} says which media types fit which purpose.
 */
@NullMarked
package org.warta.fetch.body;

import org.jspecify.annotations.NullMarked;
