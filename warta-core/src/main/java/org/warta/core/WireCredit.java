package org.warta.core;

/**
 * A news agency credited for a story, as printed and as a normalised agency name: "(AFP/Z-3)" has
 * agency {@code AFP} and printed form {@code AFP/Z-3}; "(ant)" has agency {@code Antara}.
 */
public record WireCredit(String agency, String printed) {
  public WireCredit {
    Check.notBlank(agency, "agency");
  }
}
