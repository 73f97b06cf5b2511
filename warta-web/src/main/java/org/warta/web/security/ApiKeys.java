package org.warta.web.security;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.warta.store.AccountRepository;
import org.warta.store.Store;

/**
 * API keys for the write operations of the API. A key is {@code wk_} and 43 random characters; the
 * store keeps only its SHA-256 and its first 10 characters (to recognise it in lists). Clients send
 * it as {@code Authorization: Bearer <key>} (RFC 6750) or {@code X-Api-Key: <key>}.
 */
public final class ApiKeys {
  static final String PREFIX = "wk_";

  private final Store store;

  public ApiKeys(Store store) {
    this.store = store;
  }

  /** A new key: returned once, in full; only its hash is stored. */
  public String create(String name) {
    String key = PREFIX + Tokens.random();
    store.accounts().addApiKey(name, Tokens.hash(key), key.substring(0, 10));
    return key;
  }

  /** The active key the request presents, if any (and records its use). */
  public Optional<AccountRepository.ApiKey> authenticate(
      @Nullable String authorization, @Nullable String apiKeyHeader) {
    String key = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = authorization.substring(7).strip();
    } else if (apiKeyHeader != null) {
      key = apiKeyHeader.strip();
    }
    if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
      return Optional.empty();
    }
    Optional<AccountRepository.ApiKey> found = store.accounts().findApiKey(Tokens.hash(key));
    found.ifPresent(k -> store.accounts().touchApiKey(k.id(), Instant.now()));
    return found;
  }
}
