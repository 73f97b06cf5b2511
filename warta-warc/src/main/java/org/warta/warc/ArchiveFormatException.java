package org.warta.warc;

import java.io.IOException;

/** The file is not a readable web archive; the message names the file and what was wrong. */
public final class ArchiveFormatException extends IOException {
  public ArchiveFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
