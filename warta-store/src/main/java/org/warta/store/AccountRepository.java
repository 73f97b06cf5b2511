package org.warta.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The people and programs allowed to change Warta through the web: user accounts (with password
 * hashes made by the caller's key-derivation function, never passwords), their login sessions and
 * API keys. Tokens and keys are stored only as hashes, so a copy of the database does not let
 * anyone in.
 */
public interface AccountRepository {

  /** A user account; {@code passwordHash} is in the caller's self-describing hash format. */
  record User(long id, String name, String passwordHash, boolean admin, Instant created) {}

  /** A login session: the hash of its cookie token, its CSRF token and when it ends. */
  record Session(String tokenHash, long userId, String csrf, Instant created, Instant expires) {}

  /** An API key as listed: never the key itself, only a short prefix to recognise it. */
  record ApiKey(
      long id,
      String name,
      String prefix,
      Instant created,
      Optional<Instant> lastUsed,
      boolean revoked) {}

  /**
   * Adds a user; throws {@link IllegalArgumentException} naming the user when the name is taken.
   */
  User addUser(String name, String passwordHash, boolean admin);

  Optional<User> findUser(String name);

  Optional<User> findUser(long id);

  /** All users by name. */
  List<User> users();

  void setPassword(long userId, String passwordHash);

  void addSession(Session session);

  /** The session with this token hash if it has not expired at {@code now}. */
  Optional<Session> findSession(String tokenHash, Instant now);

  void removeSession(String tokenHash);

  /** Removes every session that expired before {@code now}; returns how many. */
  int removeExpiredSessions(Instant now);

  /** Stores a new key's hash under a name and the key's printable prefix. */
  ApiKey addApiKey(String name, String keyHash, String prefix);

  /** The key with this hash if it exists and is not revoked. */
  Optional<ApiKey> findApiKey(String keyHash);

  void touchApiKey(long id, Instant at);

  /** All keys, newest first, revoked ones included. */
  List<ApiKey> apiKeys();

  /** Revokes a key; returns whether it existed and was active. */
  boolean revokeApiKey(long id);
}
