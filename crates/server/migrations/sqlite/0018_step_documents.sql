-- Documents the company's staff attach to a step (a deadlock letter, a
-- final response): who added each (NULL: the customer), and the letter to
-- the customer that carries them, by upload id, separated by spaces.
ALTER TABLE uploads ADD COLUMN added_by TEXT;
ALTER TABLE letters ADD COLUMN attachments TEXT;
