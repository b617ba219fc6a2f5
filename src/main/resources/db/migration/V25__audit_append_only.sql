-- The audit trail is append-only: no row is ever changed or removed through the application's
-- connection. A trigger rather than revoked privileges, because the application connects as the
-- table's owner (whose privileges cannot be taken away from it by a REVOKE that still lets it
-- insert); the trigger stops the owner as well. Pruning old entries is a deliberate operator step:
-- disable the trigger in the same transaction (docs/operations.md).

create function audit_entry_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
