-- A letter that a date calls for (the ADR letter at eight weeks, the
-- reminder before a window closes, a provider's morning list) is worked
-- out whenever its case is written or the clock looks at it: its key makes
-- it written once, by whichever server gets there first.
ALTER TABLE letters ADD COLUMN once_key TEXT;
CREATE UNIQUE INDEX letters_once ON letters (case_id, once_key);
-- A letter about no case (the morning's list) is once per provider.
CREATE UNIQUE INDEX letters_once_of_provider ON letters (provider, once_key) WHERE case_id IS NULL;
