package org.bangfu.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A warmth campaign of an organising unit. */
public record Campaign(long id, String name, CampaignKind kind, long unitId, int fundYear, LocalDate periodFrom,
                       LocalDate periodTo, LocalDate cutoffDate, LocalDate reportDeadline, CampaignStatus status,
                       String processInstanceId, String plannedBy, OffsetDateTime plannedAt, String decidedBy,
                       String decisionNote, List<CampaignGroupPlan> groups) {

    public java.util.Optional<CampaignGroupPlan> group(CampaignTarget target) {
        return groups.stream().filter(g -> g.target() == target).findFirst();
    }
}
