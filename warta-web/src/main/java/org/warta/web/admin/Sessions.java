package org.warta.web.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.warta.store.AccountRepository;
import org.warta.store.Store;
import org.warta.web.security.PasswordHash;
import org.warta.web.security.Tokens;

/**
 * Admin sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS or when
 * configured), stored only as its hash beside the session's CSRF token; sessions end after {@link
 * #LIFETIME} or at logout.
 */
final class Sessions {
  static final String COOKIE = "warta_admin";
  static final Duration LIFETIME = Duration.ofHours(12);

  /** A signed-in admin and the session they use. */
  record Signed(AccountRepository.User user, AccountRepository.Session session) {}

  private final Store store;

  Sessions(Store store) {
    this.store = store;
  }

  /** Checks the password; returns the user when it matches an admin. */
  Optional<AccountRepository.User> verify(String name, char[] password) {
    Optional<AccountRepository.User> user = store.accounts().findUser(name);
    if (user.isEmpty()) {
      // spend the same time as for a real user, so timing does not reveal which names exist
      PasswordHash.verify(password, DUMMY);
      return Optional.empty();
    }
    boolean ok = PasswordHash.verify(password, user.get().passwordHash());
    return ok && user.get().admin() ? user : Optional.empty();
  }

  /** Starts a session for {@code user} and sets its cookie. */
  void start(Context ctx, AccountRepository.User user, boolean secure) {
    String token = Tokens.random();
    Instant now = Instant.now();
    store.accounts().removeExpiredSessions(now);
    store
        .accounts()
        .addSession(
            new AccountRepository.Session(
                Tokens.hash(token), user.id(), Tokens.random(), now, now.plus(LIFETIME)));
    ctx.cookie(
        new Cookie(
            COOKIE, token, "/", (int) LIFETIME.toSeconds(), secure, true, "", SameSite.STRICT));
  }

  Optional<Signed> current(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    Optional<AccountRepository.Session> session =
        store.accounts().findSession(Tokens.hash(token), Instant.now());
    if (session.isEmpty()) {
      return Optional.empty();
    }
    return store
        .accounts()
        .findUser(session.get().userId())
        .filter(AccountRepository.User::admin)
        .map(u -> new Signed(u, session.get()));
  }

  void end(Context ctx, Signed signed, boolean secure) {
    store.accounts().removeSession(signed.session().tokenHash());
    ctx.cookie(new Cookie(COOKIE, "", "/", 0, secure, true, "", SameSite.STRICT));
  }

  private static final String DUMMY =
      "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
}
