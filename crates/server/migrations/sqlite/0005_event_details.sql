-- What some staff steps say beyond their message: a delay notice names the
-- milestone it puts back and its new date; a first-contact correction, the
-- day the company's records show. Dates are YYYY-MM-DD text.
ALTER TABLE case_events ADD COLUMN milestone TEXT;
ALTER TABLE case_events ADD COLUMN date TEXT;
