-- Standalone identity (issue 14.4): the operating-system account is who a person is; nobody picks a role.
-- A row with no role is an account that has started eLås but has not been given a role by an administrator.
-- Rows from before this version (typed names) keep no account; they stay for the audit history.
ALTER TABLE app_user ADD COLUMN account VARCHAR(200);
ALTER TABLE app_user ALTER COLUMN role DROP NOT NULL;
CREATE UNIQUE INDEX ux_app_user_account ON app_user (account);
