package org.warta.web.admin;

import org.warta.store.AccountRepository;
import org.warta.store.Store;
import org.warta.web.security.PasswordHash;

/**
 * Creating accounts: {@code warta users add --admin <name>} calls {@link #addAdmin}. Names are 1 to
 * 64 letters, digits, dots, hyphens or underscores; passwords follow {@link PasswordHash}'s rules.
 */
public final class Accounts {
  private Accounts() {}

  /** Why a user name is refused, or empty when it is acceptable. */
  public static String nameProblem(String name) {
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      return "a user name has 1 to 64 letters, digits, dots, hyphens or underscores, got '"
          + name
          + "'";
    }
    return "";
  }

  /**
   * Adds an admin with a hash of {@code password}; throws {@link IllegalArgumentException} with a
   * message for the user when the name or password is refused or the name is taken.
   */
  public static AccountRepository.User addAdmin(Store store, String name, char[] password) {
    String problem = nameProblem(name);
    if (problem.isEmpty()) {
      problem = PasswordHash.problem(password);
    }
    if (!problem.isEmpty()) {
      throw new IllegalArgumentException(problem);
    }
    return store.accounts().addUser(name, PasswordHash.hash(password), true);
  }
}
