-- Target Monitor workspace on PostgreSQL, schema version 7: an admin account manages accounts (issue 14:
-- "admin: plans, indicators, units, rules, accounts"). No account gets a GRANT on tm_account or CREATEROLE;
-- instead three functions run as the workspace's owner (SECURITY DEFINER) and do only what the app's accounts
-- dialog does: add a login in one of the four groups, list the accounts, remove one. EXECUTE is the admin
-- group's (and the owner's) alone. The owner uses them too, so there is one path. See ADR 0012.
-- Safe as the owner because: only the four roles are accepted (never an owner, superuser or CREATEROLE login:
-- CREATE ROLE is given no option but LOGIN, the password and the group); only names listed in tm_account are
-- dropped (never the owner, another server role, or the caller's own account); identifiers and the password
-- are quoted (format %I, %L); search_path is fixed (pg_catalog, the schema, pg_temp last) so that no object a
-- caller creates can stand in for one of ours; the caller is session_user, so the history names who did it.

-- tm_account is read by tm_role() (SECURITY DEFINER, as the owner), and V5's policies on tm_account called
-- tm_role(): for an owner that is no superuser (the README's set-up: a login with CREATEROLE owning the
-- database) forced row-level security made every tm_role() call recurse until the stack ran out. No account
-- has a GRANT on tm_account, so only the owner (and its functions below) reach it: it no longer passes
-- policies of its own there, and the table stays closed to everyone else (RLS on, no policy, no grant).
ALTER TABLE tm_account NO FORCE ROW LEVEL SECURITY;
DROP POLICY tm_owner ON tm_account;
DROP POLICY tm_self ON tm_account;

-- Adds an account: a login in its group, listed in tm_account (a reporter with its unit).
CREATE OR REPLACE FUNCTION tm_account_add(p_name TEXT, p_password TEXT, p_role TEXT, p_unit BIGINT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF coalesce(tm_role(), '') NOT IN ('owner', 'admin') THEN
        RAISE EXCEPTION 'only the owner or an admin account manages accounts' USING ERRCODE = '42501';
    END IF;
    IF p_role IS NULL OR p_role NOT IN ('admin', 'editor', 'reporter', 'viewer') THEN
        RAISE EXCEPTION 'no such role: % (admin, editor, reporter or viewer)', p_role USING ERRCODE = '22023';
    END IF;
    IF (p_role = 'reporter') <> (p_unit IS NOT NULL) THEN
        RAISE EXCEPTION '%', CASE WHEN p_role = 'reporter' THEN 'a reporter needs its unit'
                                  ELSE 'only a reporter is bound to a unit' END USING ERRCODE = '22023';
    END IF;
    IF p_name IS NULL OR p_name = '' OR p_password IS NULL OR p_password = '' THEN
        RAISE EXCEPTION 'an account needs a name and a password' USING ERRCODE = '22023';
    END IF;
    INSERT INTO tm_account (name, role, unit_id) VALUES (p_name, p_role, p_unit);
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                   'PASSWORD %L IN ROLE %I', p_name, p_password, tm_group(p_role));
    PERFORM tm_log(NULL, NULL, 'ACCOUNT', '', p_role, NULL,
                   p_name || coalesce(' (' || (SELECT name FROM unit WHERE id = p_unit) || ')', ''));
END
$$;

-- Removes an account and its login; never the caller's own account, nor the owner (who is no listed account).
CREATE OR REPLACE FUNCTION tm_account_remove(p_name TEXT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_role TEXT;
    v_unit TEXT;
BEGIN
    IF coalesce(tm_role(), '') NOT IN ('owner', 'admin') THEN
        RAISE EXCEPTION 'only the owner or an admin account manages accounts' USING ERRCODE = '42501';
    END IF;
    IF p_name = session_user THEN
        RAISE EXCEPTION 'cannot remove the account in use: %', p_name USING ERRCODE = '42501';
    END IF;
    -- (current_schema() here is pg_catalog, the search_path's first: the owner is found through the table.)
    IF p_name = pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = 'plan'::regclass)) THEN
        RAISE EXCEPTION 'cannot remove the owner of the workspace: %', p_name USING ERRCODE = '42501';
    END IF;
    DELETE FROM tm_account a WHERE a.name = p_name
        RETURNING a.role, (SELECT u.name FROM unit u WHERE u.id = a.unit_id) INTO v_role, v_unit;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such account: %', p_name USING ERRCODE = '22023';
    END IF;
    EXECUTE format('DROP ROLE %I', p_name);
    PERFORM tm_log(NULL, NULL, 'ACCOUNT', '', v_role, p_name || coalesce(' (' || v_unit || ')', ''), NULL);
END
$$;

-- The accounts by name, with their role and (a reporter's) unit.
CREATE FUNCTION tm_account_list() RETURNS TABLE (account_name TEXT, account_role TEXT, unit_name TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF coalesce(tm_role(), '') NOT IN ('owner', 'admin') THEN
        RAISE EXCEPTION 'only the owner or an admin account manages accounts' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT a.name::text, a.role::text, u.name::text FROM tm_account a
        LEFT JOIN unit u ON u.id = a.unit_id ORDER BY a.name;
END
$$;

-- Owned by the tables' owner whoever applies this (a superuser may), with a fixed search_path; run by the
-- admin group and the owner only (a function's EXECUTE is PUBLIC's unless revoked).
DO $$
DECLARE
    v_owner TEXT := (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'plan');
    f TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['tm_account_add(text, text, text, bigint)', 'tm_account_remove(text)',
                             'tm_account_list()'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', f, v_owner);
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', f, tm_group('admin'));
    END LOOP;
END
$$;
