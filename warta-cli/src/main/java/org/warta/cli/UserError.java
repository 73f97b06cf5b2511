package org.warta.cli;

/**
 * A problem the user can fix (bad argument, unreadable file, unreachable URL): printed as one line
 * naming the input, exit status 1, no stack trace.
 */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
