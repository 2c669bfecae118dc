-- Withdrawal tells ØJB (issue 16.2): the withdrawn consent stays on the task list until someone records that ØJB
-- has confirmed the access is removed from the Phoniro locks: when, and who at ØJB said so.
ALTER TABLE consent ADD COLUMN access_removed_on DATE;
ALTER TABLE consent ADD COLUMN access_removed_by VARCHAR(200);
