/**
 * The admin: password login with sessions and CSRF protection, source management (add, pause,
 * remove, display policy), API keys and the ingest status dashboard. The first admin is made on the
 * command line ({@code warta users add --admin <name>}); there is no default password.
 */
@NullMarked
package org.warta.web.admin;

import org.jspecify.annotations.NullMarked;
