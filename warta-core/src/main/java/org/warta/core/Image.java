package org.warta.core;

import java.net.URI;

/**
 * An image with what the page says about it: the caption under it, the photo credit (e.g. "AFP",
 * "ANTARA/Budi") and the alt text. Empty strings mean the page gave none.
 */
public record Image(URI url, String caption, String credit, String alt) {
  public static Image of(URI url) {
    return new Image(url, "", "", "");
  }
}
