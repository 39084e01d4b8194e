package org.bangfu.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.organization.UnitLevel;
import org.bangfu.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcOrganizationService implements OrganizationService {

    static final String LIST_UNITS = """
            SELECT id, code, name, level, parent_id, division_code, path FROM org_unit""";
    /** The enabled user with their roles, one row per role (one row with a null role when they have none). */
    static final String FIND_ENABLED_USER_WITH_ROLES = """
            SELECT u.username, u.display_name, u.unit_id, r.role FROM app_user u
            LEFT JOIN app_user_role r ON r.username = u.username WHERE u.username = :username AND u.enabled""";
    static final String LIST_ROLES = """
            SELECT role FROM app_user_role WHERE username = :username""";
    static final String PAGE_USERS_OF_SUBTREE = """
            SELECT a.username, a.display_name, a.unit_id, a.enabled FROM app_user a JOIN org_unit u ON u.id = a.unit_id
            WHERE u.path LIKE :subtree ORDER BY a.username LIMIT :limit OFFSET :offset""";
    static final String COUNT_USERS_OF_SUBTREE = """
            SELECT COUNT(*) FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE u.path LIKE :subtree""";
    static final String LIST_ROLES_OF_USERS = """
            SELECT username, role FROM app_user_role WHERE username IN (:usernames)""";
    static final String PAGE_UNITS = """
            SELECT id, code, name, level, parent_id, division_code, path FROM org_unit ORDER BY path COLLATE "C"
            LIMIT :limit OFFSET :offset""";
    static final String COUNT_UNITS = """
            SELECT COUNT(*) FROM org_unit""";
    static final String FIND_ROOT = """
            SELECT id FROM org_unit WHERE parent_id IS NULL""";
    static final String LIST_CHILDREN = """
            SELECT id, code, name, level, parent_id, division_code, path FROM org_unit WHERE parent_id = :unitId
            ORDER BY code""";
    /** A subtree is a C-collated path prefix (index org_unit_path_c_ix, V31); the text may be in name or code. */
    static final String SUBTREE_FILTER = """
            FROM org_unit WHERE path COLLATE "C" LIKE :subtree ESCAPE '\\'
              AND (CAST(:filter AS VARCHAR) IS NULL
                   OR name LIKE :filter ESCAPE '\\' OR code LIKE :filter ESCAPE '\\')""";
    static final String PAGE_UNITS_OF_SUBTREE = "SELECT id, code, name, level, parent_id, division_code, path "
            + SUBTREE_FILTER + " ORDER BY path COLLATE \"C\" LIMIT :limit OFFSET :offset";
    static final String COUNT_UNITS_OF_SUBTREE = "SELECT COUNT(*) " + SUBTREE_FILTER;

    private final JdbcClient jdbc;
    /** The tree is small and read on every request; it is loaded once and reloaded after a change. */
    private volatile Map<Long, OrgUnit> units;

    JdbcOrganizationService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private Map<Long, OrgUnit> units() {
        Map<Long, OrgUnit> loaded = units;
        if (loaded == null) {
            loaded = jdbc.sql(LIST_UNITS)
                    .query(JdbcOrganizationService::unitRow).list().stream()
                    .collect(Collectors.toUnmodifiableMap(OrgUnit::id, Function.identity()));
            units = loaded;
        }
        return loaded;
    }

    void reload() {
        units = null;
    }

    static OrgUnit unitRow(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new OrgUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), parentId,
                rs.getString("division_code"), rs.getString("path"));
    }

    @Override
    public OrgUnit unit(long id) {
        OrgUnit unit = units().get(id);
        if (unit == null) {
            throw new NotFoundException("error.unitNotFound", id);
        }
        return unit;
    }

    @Override
    public Optional<OrgUnit> unitByCode(String code) {
        return units().values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public OrgUnit root() {
        return unit(jdbc.sql(FIND_ROOT).query(Long.class).single());
    }

    @Override
    public List<OrgUnit> children(long unitId) {
        return jdbc.sql(LIST_CHILDREN).param("unitId", unitId).query(JdbcOrganizationService::unitRow).list();
    }

    @Override
    public List<OrgUnit> units(OrgUnit root, String filter, int offset, int limit) {
        return jdbc.sql(PAGE_UNITS_OF_SUBTREE).param("subtree", literal(root.path()) + "%")
                .param("filter", contains(filter)).param("limit", limit).param("offset", offset)
                .query(JdbcOrganizationService::unitRow).list();
    }

    @Override
    public int unitCount(OrgUnit root, String filter) {
        return jdbc.sql(COUNT_UNITS_OF_SUBTREE).param("subtree", literal(root.path()) + "%")
                .param("filter", contains(filter)).query(Long.class).single().intValue();
    }

    /** {@code %text%} with LIKE's wildcards in the text taken literally; {@code null} for a blank filter. */
    static String contains(String filter) {
        return filter == null || filter.isBlank() ? null : "%" + literal(filter.strip()) + "%";
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public OrgUnit approvingUnitFor(long unitId) {
        OrgUnit unit = unit(unitId);
        while (!unit.level().isApproving()) {
            if (unit.parentId() == null) {
                throw new NotFoundException("error.noApprovingUnit", unit.name());
            }
            unit = unit(unit.parentId());
        }
        return unit;
    }

    @Override
    public OrgUnit ancestorAt(long unitId, UnitLevel level) {
        OrgUnit unit = unit(unitId);
        while (unit.level() != level) {
            if (unit.parentId() == null) {
                throw new NotFoundException("error.noApprovingUnit", level.name());
            }
            unit = unit(unit.parentId());
        }
        return unit;
    }

    @Override
    public OrgUnit supervisingUnit(long unitId) {
        OrgUnit unit = unit(unitId);
        return unit.parentId() == null ? unit : unit(unit.parentId());
    }

    @Override
    public Optional<CurrentUser> user(String username) {
        // one statement for the account and its roles: this runs for every action of every user
        return jdbc.sql(FIND_ENABLED_USER_WITH_ROLES)
                .param("username", username)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<CurrentUser>empty();
                    }
                    String name = rs.getString("username");
                    String displayName = rs.getString("display_name");
                    long unitId = rs.getLong("unit_id");
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    do {
                        String role = rs.getString("role");
                        if (role != null) {
                            roles.add(Role.valueOf(role));
                        }
                    } while (rs.next());
                    return Optional.of(new CurrentUser(name, displayName, unit(unitId), roles));
                });
    }

    Set<Role> rolesOf(String username) {
        List<Role> roles = jdbc.sql(LIST_ROLES).param("username", username)
                .query((rs, row) -> Role.valueOf(rs.getString("role"))).list();
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    @Override
    public List<UserSummary> users(CurrentUser viewer, int offset, int limit) {
        List<UserRow> rows = jdbc.sql(PAGE_USERS_OF_SUBTREE)
                .param("subtree", viewer.unit().path() + "%").param("limit", limit).param("offset", offset)
                .query((rs, row) -> new UserRow(rs.getString("username"), rs.getString("display_name"),
                        rs.getLong("unit_id"), rs.getBoolean("enabled")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        // the page's roles in one statement
        Map<String, Set<Role>> roles = new java.util.HashMap<>();
        jdbc.sql(LIST_ROLES_OF_USERS).param("usernames", rows.stream().map(UserRow::username).toList())
                .query((rs, row) -> Map.entry(rs.getString("username"), Role.valueOf(rs.getString("role"))))
                .list().forEach(e -> roles.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Role.class))
                        .add(e.getValue()));
        return rows.stream().map(r -> new UserSummary(r.username(), r.displayName(), unit(r.unitId()).name(),
                roles.getOrDefault(r.username(), Set.of()), r.enabled())).toList();
    }

    private record UserRow(String username, String displayName, long unitId, boolean enabled) {
    }

    @Override
    public int userCount(CurrentUser viewer) {
        return jdbc.sql(COUNT_USERS_OF_SUBTREE).param("subtree", viewer.unit().path() + "%")
                .query(Long.class).single().intValue();
    }

    @Override
    public List<OrgUnit> units(int offset, int limit) {
        return jdbc.sql(PAGE_UNITS).param("limit", limit).param("offset", offset)
                .query(JdbcOrganizationService::unitRow).list();
    }

    @Override
    public int unitCount() {
        return jdbc.sql(COUNT_UNITS).query(Long.class).single().intValue();
    }
}
