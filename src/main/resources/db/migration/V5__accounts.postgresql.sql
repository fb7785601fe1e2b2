-- Target Monitor workspace on PostgreSQL, schema version 5: accounts confined by the server itself.
-- Four group roles per database (<database>_tm_admin, _editor, _reporter, _viewer) carry the GRANTs; every
-- table has ROW LEVEL SECURITY, forced, so that even the owner's sessions pass the policies. An account is a
-- login role that is a member of one group, listed in tm_account with its unit (a reporter's). The app's
-- accounts never own the tables: plain SQL with an account can do no more than the app lets it.

CREATE TABLE tm_account (
    name    TEXT COLLATE "C" PRIMARY KEY,
    role    TEXT COLLATE "C" NOT NULL CHECK (role IN ('admin', 'editor', 'reporter', 'viewer')),
    unit_id BIGINT REFERENCES unit (id) ON DELETE RESTRICT,
    CHECK ((role = 'reporter') = (unit_id IS NOT NULL))
);

-- The group role of a role name in this database.
CREATE FUNCTION tm_group(p_role TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT current_database() || '_tm_' || p_role
$$;

-- The session's role: 'owner' for the tables' owner (who sets the workspace up), else its account's.
CREATE FUNCTION tm_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()
                                                AND tablename = 'plan'), 'MEMBER') THEN 'owner'
                ELSE (SELECT role FROM tm_account WHERE name = session_user) END
$$;

-- Whether the session may write the values and notes of the indicator: owner, admin and editor any;
-- a reporter those whose lead unit (牵头单位) is its unit, decomposition parts assigned to it included.
CREATE FUNCTION tm_may_report(p_indicator BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
    SELECT CASE tm_role()
        WHEN 'owner' THEN true WHEN 'admin' THEN true WHEN 'editor' THEN true
        WHEN 'reporter' THEN EXISTS (SELECT 1 FROM indicator_unit u JOIN tm_account a ON a.unit_id = u.unit_id
                                     WHERE a.name = session_user AND u.indicator_id = p_indicator AND u.role = 'LEAD')
        ELSE false END
$$;

DO $$
DECLARE
    r TEXT;
    t TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['admin', 'editor', 'reporter', 'viewer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = tm_group(r)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', tm_group(r));
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), tm_group(r));
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), tm_group(r));
    END LOOP;
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'tm_account' LOOP
        EXECUTE format('GRANT SELECT ON %I TO %I, %I, %I, %I', t, tm_group('admin'), tm_group('editor'),
                       tm_group('reporter'), tm_group('viewer'));
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tm_read ON %I FOR SELECT USING (true)', t);
    END LOOP;
    -- admin: plans, indicators, units, rules (and every figure); editor: every figure, note and import record.
    FOR t IN SELECT unnest(ARRAY['unit', 'plan', 'category', 'indicator', 'indicator_unit', 'indicator_phasing'])
    LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, tm_group('admin'));
        EXECUTE format('CREATE POLICY tm_write ON %I FOR ALL USING (tm_role() IN (''owner'', ''admin'')) '
                       'WITH CHECK (tm_role() IN (''owner'', ''admin''))', t);
    END LOOP;
    FOR t IN SELECT unnest(ARRAY['import_batch', 'import_change', 'import_target_change', 'indicator_alias',
                                 'import_unit_created']) LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I, %I', t, tm_group('admin'), tm_group('editor'));
        EXECUTE format('CREATE POLICY tm_write ON %I FOR ALL USING (tm_role() IN (''owner'', ''admin'', ''editor'')) '
                       'WITH CHECK (tm_role() IN (''owner'', ''admin'', ''editor''))', t);
    END LOOP;
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON observation TO %I, %I, %I', tm_group('admin'), tm_group('editor'),
                   tm_group('reporter'));
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I, %I, %I', current_schema(), tm_group('admin'),
                   tm_group('editor'), tm_group('reporter'));
END
$$;

-- Values and notes: a reporter only its own unit's indicators', before and after the change.
CREATE POLICY tm_write ON observation FOR ALL USING (tm_may_report(indicator_id)) WITH CHECK (tm_may_report(indicator_id));

-- The history is written by tm_log (SECURITY DEFINER, as the owner) and by no account directly: no group has
-- a grant to write it (and V3's trigger refuses every UPDATE and DELETE). The schema version is the owner's.
CREATE POLICY tm_write ON change_log FOR INSERT WITH CHECK (true);
CREATE POLICY tm_write ON tm_schema FOR ALL USING (true) WITH CHECK (true);
ALTER TABLE tm_account ENABLE ROW LEVEL SECURITY;
ALTER TABLE tm_account FORCE ROW LEVEL SECURITY;
CREATE POLICY tm_owner ON tm_account FOR ALL USING (tm_role() IN ('owner', 'admin'))
    WITH CHECK (tm_role() IN ('owner', 'admin'));
CREATE POLICY tm_self ON tm_account FOR SELECT USING (name = session_user);

-- Accounts are login roles, made and removed by an account that may create roles (the owner set up with
-- CREATEROLE): the password goes to the server as a parameter, never into the text of a statement.
CREATE FUNCTION tm_account_add(p_name TEXT, p_password TEXT, p_role TEXT, p_unit BIGINT) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF p_role NOT IN ('admin', 'editor', 'reporter', 'viewer') THEN
        RAISE EXCEPTION 'no such role: % (admin, editor, reporter or viewer)', p_role USING ERRCODE = '22023';
    END IF;
    INSERT INTO tm_account (name, role, unit_id) VALUES (p_name, p_role, p_unit);
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_name, p_password, tm_group(p_role));
END
$$;

CREATE FUNCTION tm_account_remove(p_name TEXT) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM tm_account WHERE name = p_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such account: %', p_name USING ERRCODE = '22023';
    END IF;
    EXECUTE format('DROP ROLE %I', p_name);
END
$$;
