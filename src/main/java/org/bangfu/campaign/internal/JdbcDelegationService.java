package org.bangfu.campaign.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.Delegation;
import org.bangfu.campaign.DelegationCommand;
import org.bangfu.campaign.DelegationItem;
import org.bangfu.campaign.DelegationPlanning;
import org.bangfu.campaign.DelegationProgress;
import org.bangfu.campaign.DelegationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.organization.UnitLevel;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.TextInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visiting delegations (慰问组) of a campaign: created by the organising unit, visiting participating units or units
 * below them, each item within the campaign's standard for its target group; progress counts the recipients
 * registered with the delegation at each place and marked visited.
 */
@Service
class JdbcDelegationService implements DelegationService, DelegationPlanning {

    static final int MAX_PER_PLACE = 1000;
    private static final Set<CampaignStatus> OPEN = EnumSet.of(CampaignStatus.DRAFT, CampaignStatus.SUBMITTED,
            CampaignStatus.RUNNING);

    static final String FIND_CAMPAIGN = """
            SELECT id, name, unit_id, status FROM campaign WHERE id = :campaignId""";
    static final String COUNT_NAMED = """
            SELECT COUNT(*) FROM delegation WHERE campaign_id = :campaignId AND name = :name""";
    static final String INSERT_DELEGATION = """
            INSERT INTO delegation (campaign_id, name, leader, members, departments, liaison, created_by, created_at)
            VALUES (:campaignId, :name, :leader, :members, :departments, :liaison, :createdBy, :createdAt)""";
    static final String INSERT_PLACE = """
            INSERT INTO delegation_place (delegation_id, unit_id) VALUES (:delegationId, :unitId)""";
    static final String INSERT_ITEM = """
            INSERT INTO delegation_item (delegation_id, target, per_place, amount_per_item)
            VALUES (:delegationId, :target, :perPlace, :amountPerItem)""";
    /** A place lies in the campaign when a participating unit is it or above it. */
    static final String COUNT_PARTICIPANTS_ABOVE = """
            SELECT COUNT(*) FROM campaign_unit cu JOIN org_unit cuu ON cuu.id = cu.unit_id
            WHERE cu.campaign_id = :campaignId AND :path LIKE cuu.path || '%'""";
    static final String LIST_GROUPS = """
            SELECT target, standard_min, standard_max, min_age FROM campaign_group WHERE campaign_id = :campaignId""";
    static final String LIST_DELEGATION_IDS = """
            SELECT id FROM delegation WHERE campaign_id = :campaignId ORDER BY id""";
    static final String SUM_GIVEN = """
            SELECT COUNT(*) AS visited, COALESCE(SUM(r.cash + r.goods_value), 0) AS money
            FROM campaign_recipient r JOIN org_unit u ON u.id = r.unit_id
            WHERE r.delegation_id = :delegationId AND r.target = :target AND r.visited_on IS NOT NULL
              AND u.path LIKE :subtree""";
    /** The units a delegation may visit: every unit at or below a participating unit, filtered and paged in SQL. */
    static final String PLACES = """
            FROM org_unit u WHERE EXISTS (SELECT 1 FROM campaign_unit cu JOIN org_unit cuu ON cuu.id = cu.unit_id
                                          WHERE cu.campaign_id = :campaignId AND u.path LIKE cuu.path || '%')
              AND (CAST(:filter AS VARCHAR) IS NULL OR u.name LIKE :filter ESCAPE '\\'
                   OR u.code LIKE :filter ESCAPE '\\')""";
    static final String PAGE_PLACES = "SELECT u.id, u.code, u.name, u.level, u.parent_id, u.division_code, u.path "
            + PLACES + " ORDER BY u.path COLLATE \"C\" LIMIT :limit OFFSET :offset";
    static final String COUNT_PLACES = "SELECT COUNT(*) " + PLACES;
    static final String LIST_PLACES = """
            SELECT p.unit_id FROM delegation_place p JOIN org_unit u ON u.id = p.unit_id
            WHERE p.delegation_id = :delegationId ORDER BY u.path""";
    static final String LIST_ITEMS = """
            SELECT target, per_place, amount_per_item FROM delegation_item WHERE delegation_id = :delegationId
            ORDER BY id""";
    static final String FIND_DELEGATION = """
            SELECT id, campaign_id, name, leader, members, departments, liaison FROM delegation
            WHERE id = :delegationId""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final Clock clock;

    JdbcDelegationService(JdbcClient jdbc, Jurisdiction jurisdiction, OrganizationService organization, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.clock = clock;
    }

    private record CampaignRow(long id, String name, long unitId, CampaignStatus status) {
    }

    private CampaignRow campaign(long campaignId) {
        return jdbc.sql(FIND_CAMPAIGN).param("campaignId", campaignId)
                .query((rs, n) -> new CampaignRow(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                        CampaignStatus.valueOf(rs.getString("status"))))
                .optional().orElseThrow(() -> new NotFoundException("campaign.delegation.campaignNotFound",
                        campaignId));
    }

    @Override
    @Transactional
    public Delegation create(long campaignId, DelegationCommand command, CurrentUser user) {
        CampaignRow campaign = campaign(campaignId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        if (user.unit().id() != campaign.unitId()) {
            throw new ForbiddenException("campaign.delegation.organisersOnly");
        }
        if (!OPEN.contains(campaign.status())) {
            throw new ConflictException("campaign.delegation.campaignClosed", campaign.name());
        }
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "name", command.name(), 50);
        TextInput.required(errors, "leader", command.leader(), 50);
        TextInput.required(errors, "members", command.members(), 500);
        TextInput.required(errors, "departments", command.departments(), 500);
        TextInput.optional(errors, "liaison", command.liaison(), 50);
        if (command.name() != null && !command.name().isBlank() && jdbc.sql(COUNT_NAMED)
                .param("campaignId", campaignId).param("name", command.name().trim()).query(Integer.class).single() > 0) {
            errors.add(FieldError.of("name", "validation.delegation.nameTaken"));
        }
        List<Long> places = command.placeUnitIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(command.placeUnitIds()));
        placeProblems(errors, campaignId, places);
        itemProblems(errors, command.items(), standards(campaignId));
        InvalidInputException.throwIfAny(errors);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql(INSERT_DELEGATION)
                    .param("campaignId", campaignId).param("name", command.name().trim())
                    .param("leader", command.leader().trim()).param("members", command.members().trim())
                    .param("departments", command.departments().trim())
                    .param("liaison", blankToNull(command.liaison())).param("createdBy", user.username())
                    .param("createdAt", OffsetDateTime.now(clock))
                    .update(keys, "id");
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(FieldError.of("name", "validation.delegation.nameTaken"));
        }
        long id = keys.getKey().longValue();
        for (Long place : places) {
            jdbc.sql(INSERT_PLACE).param("delegationId", id).param("unitId", place).update();
        }
        for (DelegationItem item : command.items()) {
            jdbc.sql(INSERT_ITEM)
                    .param("delegationId", id).param("target", item.target().name())
                    .param("perPlace", item.perPlace()).param("amountPerItem", item.amountPerItem().setScale(2))
                    .update();
        }
        return load(id);
    }

    private void placeProblems(List<FieldError> errors, long campaignId, List<Long> places) {
        if (places.isEmpty()) {
            errors.add(FieldError.of("placeUnitIds", "validation.delegation.noPlace"));
            return;
        }
        for (Long place : places) {
            OrgUnit unit = place == null ? null : known(place);
            boolean inCampaign = unit != null && jdbc.sql(COUNT_PARTICIPANTS_ABOVE)
                    .param("campaignId", campaignId).param("path", unit.path()).query(Integer.class).single() > 0;
            if (!inCampaign) {
                errors.add(FieldError.of("placeUnitIds", "validation.delegation.placeOutside",
                        unit != null ? unit.name() : String.valueOf(place)));
            }
        }
    }

    private static void itemProblems(List<FieldError> errors, List<DelegationItem> items,
                                     Map<CampaignTarget, CampaignGroupPlan> standards) {
        if (items == null || items.isEmpty()) {
            errors.add(FieldError.of("items", "validation.delegation.noItem"));
            return;
        }
        Set<CampaignTarget> seen = EnumSet.noneOf(CampaignTarget.class);
        for (int i = 0; i < items.size(); i++) {
            DelegationItem item = items.get(i);
            String f = "items[" + i + "].";
            int row = i + 1;
            if (item == null || item.target() == null) {
                errors.add(FieldError.of(f + "target", "validation.delegation.item.target", row));
                if (item == null) {
                    continue;
                }
            } else if (!seen.add(item.target())) {
                errors.add(FieldError.of(f + "target", "validation.delegation.item.targetRepeated", row));
            }
            if (item.perPlace() == null || item.perPlace() < 1 || item.perPlace() > MAX_PER_PLACE) {
                errors.add(FieldError.of(f + "perPlace", "validation.delegation.item.perPlace", row,
                        MAX_PER_PLACE));
            }
            var amountProblem = Amounts.problemWithPositive(item.amountPerItem());
            if (amountProblem.isPresent()) {
                errors.add(FieldError.of(f + "amountPerItem", amountProblem.get()));
            } else if (item.target() != null && standards.containsKey(item.target())) {
                CampaignGroupPlan group = standards.get(item.target());
                if (item.amountPerItem().compareTo(group.standardMin()) < 0
                        || item.amountPerItem().compareTo(group.standardMax()) > 0) {
                    errors.add(FieldError.of(f + "amountPerItem", "validation.delegation.item.outsideStandard",
                            row, group.standardMin().toPlainString(), group.standardMax().toPlainString()));
                }
            }
        }
    }

    private Map<CampaignTarget, CampaignGroupPlan> standards(long campaignId) {
        return jdbc.sql(LIST_GROUPS)
                .param("campaignId", campaignId)
                .query((rs, n) -> new CampaignGroupPlan(CampaignTarget.valueOf(rs.getString("target")),
                        rs.getBigDecimal("standard_min"), rs.getBigDecimal("standard_max"),
                        (Integer) rs.getObject("min_age", Integer.class)))
                .list().stream().collect(Collectors.toMap(CampaignGroupPlan::target, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delegation> delegations(long campaignId, CurrentUser user) {
        CampaignRow campaign = campaign(campaignId);
        List<Long> ids = jdbc.sql(LIST_DELEGATION_IDS).param("campaignId", campaignId)
                .query(Long.class).list();
        return ids.stream().map(this::load).filter(d -> visible(d, campaign, user)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Delegation delegation(long delegationId, CurrentUser user) {
        Delegation found = loadOptional(delegationId);
        if (found == null || !visible(found, campaign(found.campaignId()), user)) {
            throw new NotFoundException("campaign.delegation.notFound", delegationId);
        }
        return found;
    }

    /** The organising unit's subtree and above it sees every delegation; a unit sees those visiting it or below it. */
    private boolean visible(Delegation d, CampaignRow campaign, CurrentUser user) {
        return jurisdiction.covers(user, campaign.unitId())
                || d.placeUnitIds().stream().anyMatch(place -> jurisdiction.covers(user, place));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DelegationProgress> progress(long delegationId, CurrentUser user) {
        Delegation d = delegation(delegationId, user);
        List<DelegationProgress> rows = new ArrayList<>();
        for (Long placeId : d.placeUnitIds()) {
            OrgUnit place = organization.unit(placeId);
            for (DelegationItem item : d.items()) {
                record Given(int visited, BigDecimal money) {
                }
                Given given = jdbc.sql(SUM_GIVEN)
                        .param("delegationId", delegationId).param("target", item.target().name())
                        .param("subtree", place.path() + "%")
                        .query((rs, n) -> new Given(rs.getInt("visited"), rs.getBigDecimal("money"))).single();
                rows.add(new DelegationProgress(place.id(), place.name(), item.target(), item.perPlace(),
                        given.visited(), item.amountPerItem().multiply(BigDecimal.valueOf(item.perPlace())),
                        given.money().setScale(2)));
            }
        }
        return rows;
    }

    @Override
    @Transactional(readOnly = true)
    public Setup setup(long campaignId, CurrentUser user) {
        CampaignRow campaign = campaign(campaignId);
        OrgUnit organiser = organiserSeenBy(campaign, campaignId, user);
        boolean mayCreate = user.unit().id() == organiser.id() && OPEN.contains(campaign.status())
                && (user.hasRole(Role.CASE_WORKER) || user.hasRole(Role.APPROVER));
        List<CampaignGroupPlan> standards = standards(campaignId).values().stream()
                .sorted(Comparator.comparing(CampaignGroupPlan::target)).toList();
        return new Setup(campaignId, campaign.name(), organiser.id(), campaign.status(), mayCreate, standards);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnit> places(long campaignId, String filter, int offset, int limit, CurrentUser user) {
        organiserSeenBy(campaign(campaignId), campaignId, user);
        return jdbc.sql(PAGE_PLACES).param("campaignId", campaignId).param("filter", contains(filter))
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> {
                    long parent = rs.getLong("parent_id");
                    return new OrgUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            UnitLevel.valueOf(rs.getString("level")), rs.wasNull() ? null : parent,
                            rs.getString("division_code"), rs.getString("path"));
                }).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int placeCount(long campaignId, String filter, CurrentUser user) {
        organiserSeenBy(campaign(campaignId), campaignId, user);
        return jdbc.sql(COUNT_PLACES).param("campaignId", campaignId).param("filter", contains(filter))
                .query(Long.class).single().intValue();
    }

    /** The organising unit, when the user's unit covers it or lies below it; else the campaign is not found. */
    private OrgUnit organiserSeenBy(CampaignRow campaign, long campaignId, CurrentUser user) {
        OrgUnit organiser = organization.unit(campaign.unitId());
        if (!jurisdiction.covers(user, organiser.id()) && !organiser.contains(user.unit())) {
            throw new NotFoundException("campaign.delegation.campaignNotFound", campaignId);
        }
        return organiser;
    }

    /** {@code %text%} with LIKE's wildcards taken literally; {@code null} for a blank filter. */
    private static String contains(String filter) {
        return filter == null || filter.isBlank() ? null
                : "%" + filter.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The unit with that id, or {@code null} when there is none. */
    private OrgUnit known(long unitId) {
        try {
            return organization.unit(unitId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Delegation load(long id) {
        Delegation d = loadOptional(id);
        if (d == null) {
            throw new NotFoundException("campaign.delegation.notFound", id);
        }
        return d;
    }

    private Delegation loadOptional(long id) {
        List<Long> places = jdbc.sql(LIST_PLACES).param("delegationId", id).query(Long.class).list();
        List<DelegationItem> items = jdbc.sql(LIST_ITEMS).param("delegationId", id)
                .query((rs, n) -> new DelegationItem(CampaignTarget.valueOf(rs.getString("target")),
                        rs.getInt("per_place"), rs.getBigDecimal("amount_per_item")))
                .list();
        return jdbc.sql(FIND_DELEGATION).param("delegationId", id)
                .query((rs, n) -> new Delegation(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("name"),
                        rs.getString("leader"), rs.getString("members"), rs.getString("departments"),
                        rs.getString("liaison"), places, items))
                .optional().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
