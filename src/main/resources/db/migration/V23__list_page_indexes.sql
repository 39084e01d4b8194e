-- Issue 14: the lazy grids read one page at a time in a fixed order; these indexes let the pages of the
-- watch-list (latest watched first) and of a campaign's recipients (registration order) be read in index order
-- instead of sorting every row of the table for each page.
CREATE INDEX watch_entry_from_ix ON watch_entry (watched_from DESC, case_id DESC);
CREATE INDEX campaign_recipient_order_ix ON campaign_recipient (campaign_id, id);
