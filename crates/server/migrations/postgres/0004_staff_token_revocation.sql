-- When an operator revoked a staff token (`redress staff token revoke`); a
-- revoked token opens nothing, and its row stays as the record of who had one.
ALTER TABLE staff_tokens ADD COLUMN revoked_at TEXT;
