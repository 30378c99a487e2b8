-- A report's submission as one function, so it costs one round trip and one statement the server plans once per
-- connection (docs/decisions/010). `reportQueries.submitReport` builds the argument; what each step guarantees is
-- unchanged from the statements it replaces:
-- - the submission's rate-limit hit (when asked) is counted first, and a hit over the limit writes nothing else (the
--   limit is a sliding window, as `hitRateLimit` counts it in src/queries/rate-limits.ts: this window's hits plus the
--   previous window's in proportion to how much of it still counts, in whole milliseconds);
-- - the draft is locked before anything is written, so two submits of one draft queue here;
-- - the function is VOLATILE, so under READ COMMITTED every statement below takes a new snapshot after that lock
--   was granted: evidence uploaded while this submit waited for the draft is seen and linked;
-- - a draft already submitted, or an idempotency key already used, gives the report it became, created = false;
-- - it all commits or rolls back together with the statement that calls it.
-- A draft that is not the site force's raises no_data_found (P0002); a taken reference raises the unique violation
-- on reports_reference_key, and the caller retries with another.
CREATE OR REPLACE FUNCTION submit_report(p jsonb)
RETURNS TABLE (report_id uuid, reference text, created boolean, hits integer, previous_hits integer)
LANGUAGE plpgsql VOLATILE
AS $$
#variable_conflict use_column
DECLARE
  v_site text := p->>'site';
  v_receiving text := p->>'receiving';
  v_draft uuid := (p->>'draftId')::uuid;
  v_at timestamptz := (p->>'at')::timestamptz;
  v_limit jsonb := p->'rateLimit';
  v_hits integer;
  v_previous integer;
  v_done uuid;
  v_id uuid;
  v_reference text;
BEGIN
  IF v_limit IS NOT NULL AND jsonb_typeof(v_limit) = 'object' THEN
    INSERT INTO rate_limits AS l (key, window_start, count, expires_at)
    VALUES (v_limit->>'key', (v_limit->>'windowStart')::timestamptz, 1, (v_limit->>'expiresAt')::timestamptz)
    ON CONFLICT (key, window_start) DO UPDATE SET count = l.count + 1
    RETURNING l.count INTO v_hits;
    SELECT coalesce(max(l.count), 0) INTO v_previous FROM rate_limits l
    WHERE l.key = v_limit->>'key' AND l.window_start = (v_limit->>'previousStart')::timestamptz;
    IF v_hits::bigint * (v_limit->>'windowMs')::bigint + v_previous::bigint * (v_limit->>'remainingMs')::bigint
       > (v_limit->>'limit')::bigint * (v_limit->>'windowMs')::bigint THEN
      RETURN QUERY SELECT NULL::uuid, NULL::text, false, v_hits, v_previous;
      RETURN;
    END IF;
  END IF;

  IF v_draft IS NOT NULL THEN
    SELECT d.submitted_report_id INTO v_done FROM drafts d WHERE d.tenant_id = v_site AND d.id = v_draft FOR UPDATE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'no draft % in %', v_draft, v_site USING ERRCODE = 'no_data_found';
    END IF;
    IF v_done IS NOT NULL THEN
      -- The report this draft became, whichever force holds it now.
      RETURN QUERY SELECT r.id, r.reference, false, v_hits, v_previous FROM reports r WHERE r.id = v_done;
      IF FOUND THEN
        RETURN;
      END IF;
    END IF;
  END IF;

  INSERT INTO reports AS r (
    id, tenant_id, reference, service_id, service_version, priority, priority_score, flags, rationale, answers, outcome,
    contact, verification_salt, email_hash, postcode_hash, idempotency_key, locale, submitted_at, updated_at,
    transferred_from_tenant, appeal_reference
  ) VALUES (
    (p->>'reportId')::uuid, v_receiving, p->>'reference', p->>'serviceId', p->>'serviceVersion', p->>'priority',
    (p->>'priorityScore')::integer, ARRAY(SELECT jsonb_array_elements_text(p->'flags')), p->'rationale', p->'answers',
    p->'outcome', CASE WHEN jsonb_typeof(p->'contact') = 'object' THEN p->'contact' END, p->>'salt', p->>'emailHash',
    p->>'postcodeHash', p->>'idempotencyKey', p->>'locale', v_at, v_at, p->>'from', p->>'appealReference'
  )
  -- A concurrent submit with the same key waits for the first to commit, then lands here with no row.
  ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
  RETURNING r.id, r.reference INTO v_id, v_reference;

  IF v_id IS NULL THEN
    RETURN QUERY SELECT r.id, r.reference, false, v_hits, v_previous FROM reports r
      WHERE r.tenant_id = v_receiving AND r.idempotency_key = p->>'idempotencyKey';
    RETURN;
  END IF;

  INSERT INTO report_events (tenant_id, report_id, kind, visibility, body, actor, created_at)
  VALUES (v_receiving, v_id, 'submitted', 'public', p->'submittedBody' || jsonb_build_object('reference', v_reference),
    p->>'actor', v_at);

  INSERT INTO outbox (tenant_id, report_id, kind, payload, idempotency_key, created_at, next_attempt_at)
  SELECT v_receiving, v_id, q.kind, q.payload, q.key, v_at, v_at
  FROM jsonb_to_recordset(p->'outbox') AS q (kind text, payload jsonb, key text);

  IF v_draft IS NOT NULL THEN
    UPDATE evidence e SET report_id = v_id, tenant_id = v_receiving WHERE e.tenant_id = v_site AND e.draft_id = v_draft;
    UPDATE drafts d SET submitted_report_id = v_id, answers = '{}'::jsonb, updated_at = v_at
      WHERE d.tenant_id = v_site AND d.id = v_draft;
  END IF;

  RETURN QUERY SELECT v_id, v_reference, true, v_hits, v_previous;
END
$$;
