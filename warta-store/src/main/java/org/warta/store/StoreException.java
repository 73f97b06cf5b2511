package org.warta.store;

/**
 * The database failed (unreachable, full disk, corrupt file, schema newer than this Warta). The
 * message says which database and what the user can do; the SQL cause is kept for logs.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
