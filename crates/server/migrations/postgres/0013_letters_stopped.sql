-- When the customer stopped the emails about a case (the link in each
-- letter, confirmed on its page): no letter to the customer is written
-- after it; the company's are.
ALTER TABLE cases ADD COLUMN letters_stopped_at TEXT;
