-- chronik store, migration 3 ("fusion_sides"): the side (country) of each candidate-index
-- row, so fusion can find reports of one state-to-state happening that name different people
-- of the same states ("Putin met Kim" / "Russia and North Korea held talks").
ALTER TABLE fusion_keys ADD COLUMN side TEXT;
CREATE INDEX fusion_keys_side ON fusion_keys (side, type, period_start);
