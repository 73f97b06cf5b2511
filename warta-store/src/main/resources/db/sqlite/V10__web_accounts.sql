-- Accounts of the web admin: users (password hashes only, never passwords), login sessions (hashes
-- of the session tokens, with the CSRF token of the session) and API keys for write operations
-- (hashes of the keys; the key itself is shown once when it is made).

CREATE TABLE app_user (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  name          TEXT    NOT NULL UNIQUE,
  password_hash TEXT    NOT NULL,
  admin         INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL
);

CREATE TABLE user_session (
  token_hash TEXT    PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf       TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX user_session_expiry ON user_session (expires_at);

CREATE TABLE api_key (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT    NOT NULL,
  key_hash   TEXT    NOT NULL UNIQUE,
  prefix     TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  last_used  INTEGER,
  revoked    INTEGER NOT NULL DEFAULT 0
);
