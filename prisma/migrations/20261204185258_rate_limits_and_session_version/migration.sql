-- AlterTable
ALTER TABLE "rate_limit_bucket" ADD COLUMN     "nextAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- Rate limits (lib/server/rate-limit.ts): counts one attempt against every given limit and decides,
-- in one statement, before the caller checks anything secret. All or nothing: a refused attempt
-- counts nowhere, so being refused by one limit never uses up another. Rows are locked in key order,
-- so concurrent calls queue instead of deadlocking, and each sees the counts the previous one left.
--   limits: [{ "key", "max", "windowMs", "free", "baseMs", "maxMs" }, …]
--   free/baseMs/maxMs: after `free` attempts in the window, each further attempt must wait
--   baseMs·2^k (at most maxMs) after the previous one; baseMs 0 = no delay.
CREATE FUNCTION rate_limit_consume(limits jsonb)
RETURNS TABLE (allowed boolean, blocked_key text, retry_after_ms bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  lim jsonb;
  b rate_limit_bucket%ROWTYPE;
  -- The columns keep milliseconds: a finer now() could sort before a value it just wrote.
  now_ timestamptz := date_trunc('milliseconds', clock_timestamp());
  used int;
  n int;
  wait interval;
  worst interval := interval '0';
  worst_key text;
BEGIN
  -- Now and then, forget buckets that ended long ago (skipping any another call holds).
  IF random() < 0.01 THEN
    DELETE FROM rate_limit_bucket WHERE key IN (
      SELECT key FROM rate_limit_bucket WHERE "resetAt" < now_ - interval '1 hour' AND "nextAt" < now_ LIMIT 500 FOR UPDATE SKIP LOCKED);
  END IF;
  FOR lim IN SELECT value FROM jsonb_array_elements(limits) ORDER BY value->>'key' LOOP
    INSERT INTO rate_limit_bucket (key, count, "resetAt", "nextAt") VALUES (lim->>'key', 0, 'epoch', 'epoch') ON CONFLICT (key) DO NOTHING;
    SELECT * INTO b FROM rate_limit_bucket WHERE key = lim->>'key' FOR UPDATE;
    used := CASE WHEN b."resetAt" > now_ THEN b.count ELSE 0 END;
    wait := NULL;
    IF used >= (lim->>'max')::int THEN wait := b."resetAt" - now_;
    ELSIF b."nextAt" > now_ THEN wait := b."nextAt" - now_;
    END IF;
    IF wait IS NOT NULL AND wait > worst THEN
      worst := wait;
      worst_key := lim->>'key';
    END IF;
  END LOOP;
  IF worst_key IS NOT NULL THEN
    RETURN QUERY SELECT false, worst_key, ceil(extract(epoch FROM worst) * 1000)::bigint;
    RETURN;
  END IF;
  FOR lim IN SELECT value FROM jsonb_array_elements(limits) ORDER BY value->>'key' LOOP
    UPDATE rate_limit_bucket SET
      count = CASE WHEN "resetAt" > now_ THEN count + 1 ELSE 1 END,
      "resetAt" = CASE WHEN "resetAt" > now_ THEN "resetAt" ELSE now_ + (lim->>'windowMs')::bigint * interval '1 millisecond' END
    WHERE key = lim->>'key'
    RETURNING count INTO n;
    IF coalesce((lim->>'baseMs')::bigint, 0) > 0 AND n >= (lim->>'free')::int THEN
      UPDATE rate_limit_bucket SET "nextAt" = now_ + LEAST(
        (lim->>'maxMs')::bigint, (lim->>'baseMs')::bigint * power(2, LEAST(n - (lim->>'free')::int, 40))::bigint
      ) * interval '1 millisecond'
      WHERE key = lim->>'key';
    END IF;
  END LOOP;
  RETURN QUERY SELECT true, NULL::text, 0::bigint;
END
$$;
