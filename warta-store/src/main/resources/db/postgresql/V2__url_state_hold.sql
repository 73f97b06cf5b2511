-- Why a URL is held back until not_before: NONE, RETRY_AFTER (server asked) or BACKOFF (failures).
ALTER TABLE url_state ADD COLUMN hold TEXT NOT NULL DEFAULT 'NONE';
