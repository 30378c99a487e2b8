-- An admin can switch a force's push endpoint off and on again (/staff/integrations). The table keeps its
-- tenant_isolation and system_access policies from 0002_rls.sql, which cover every column, new ones included.
ALTER TABLE "backoffice_endpoints" ADD COLUMN "disabled_at" timestamp with time zone;