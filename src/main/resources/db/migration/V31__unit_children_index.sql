-- Issue 14: a unit's direct children are read by parent (campaign units, pass-down, statistics consolidation)
-- instead of filtering every unit of the province in memory; this index reads them in code order.
CREATE INDEX org_unit_parent_ix ON org_unit (parent_id, code);
