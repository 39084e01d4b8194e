package org.bangfu.settings.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.settings.NewRuleSetting;
import org.bangfu.settings.RuleSetting;
import org.bangfu.settings.RuleSettingChanged;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingDefinition;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcRuleSettings implements RuleSettings {

    static final String NATIONAL = "000000";
    private static final Pattern DIVISION = Pattern.compile("\\d{6}");

    /** The values of a key along the division chain (the division, its parents, national), newest first. */
    static final String LIST_IN_FORCE = """
            SELECT division_code, setting_value FROM rule_setting
            WHERE setting_key = :key AND division_code IN (:chain) AND effective_from <= :on
            ORDER BY effective_from DESC""";
    static final String LIST_ALL = """
            SELECT setting_key, division_code, effective_from, setting_value, changed_by, changed_at
            FROM rule_setting ORDER BY setting_key, division_code, effective_from DESC""";
    static final String INSERT_SETTING = """
            INSERT INTO rule_setting (setting_key, division_code, effective_from, setting_value, changed_by, changed_at)
            VALUES (:key, :division, :effectiveFrom, :value, :changedBy, :changedAt)""";
    static final String COUNT_SETTING = """
            SELECT COUNT(*) FROM rule_setting
            WHERE setting_key = :key AND division_code = :division AND effective_from = :effectiveFrom""";

    private final JdbcClient jdbc;
    private final KnownSettings known;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcRuleSettings(JdbcClient jdbc, KnownSettings known, Jurisdiction jurisdiction, ApplicationEventPublisher events,
                     Clock clock) {
        this.jdbc = jdbc;
        this.known = known;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    /** The division, its city, its province and the nation, most specific first, without repeats. */
    static List<String> fallbackChain(String division) {
        if (division == null || !DIVISION.matcher(division).matches()) {
            throw new IllegalArgumentException("not a 6-digit division code: " + division);
        }
        return List.of(division, division.substring(0, 4) + "00", division.substring(0, 2) + "0000", NATIONAL)
                .stream().distinct().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BigDecimal> find(String key, String divisionCode, LocalDate on) {
        Map<List<Object>, Optional<BigDecimal>> read = readInThisTransaction();
        if (read == null || key == null || divisionCode == null || on == null) {
            return load(key, divisionCode, on);
        }
        // The SLA of one task asks for the same settings several times in the engine's transaction: read each once.
        List<Object> asked = List.of(key, divisionCode, on);
        Optional<BigDecimal> value = read.get(asked);
        if (value == null) {
            value = load(key, divisionCode, on);
            read.put(asked, value);
        }
        return value;
    }

    /** The values read in the current transaction (null outside one); a change in it forgets them. */
    private static final Object READ = new Object();

    @SuppressWarnings("unchecked")
    private static Map<List<Object>, Optional<BigDecimal>> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<List<Object>, Optional<BigDecimal>> read = (Map<List<Object>, Optional<BigDecimal>>)
                TransactionSynchronizationManager.getResource(READ);
        if (read == null) {
            read = new HashMap<>();
            TransactionSynchronizationManager.bindResource(READ, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ);
                }
            });
        }
        return read;
    }

    private Optional<BigDecimal> load(String key, String divisionCode, LocalDate on) {
        List<String> chain = fallbackChain(divisionCode);
        record Version(String division, BigDecimal value) {
        }
        // Newest first, so the first row of each division is the version in force on the date.
        Map<String, BigDecimal> inForce = jdbc.sql(LIST_IN_FORCE)
                .param("key", key).param("chain", chain).param("on", on)
                .query((rs, n) -> new Version(rs.getString(1).trim(), rs.getBigDecimal(2))).list().stream()
                .collect(Collectors.toMap(Version::division, Version::value, (newer, older) -> newer));
        return chain.stream().filter(inForce::containsKey).findFirst().map(inForce::get);
    }

    @Override
    public BigDecimal decimal(String key, String divisionCode, LocalDate on) {
        return find(key, divisionCode, on)
                .orElseThrow(() -> new ConflictException("error.settingMissing", key, divisionCode, on));
    }

    @Override
    public int integer(String key, String divisionCode, LocalDate on) {
        BigDecimal value = decimal(key, divisionCode, on);
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new ConflictException("error.settingNotInteger", key, value.stripTrailingZeros().toPlainString());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RuleSetting> versions() {
        return jdbc.sql(LIST_ALL)
                .query(JdbcRuleSettings::row).list();
    }

    @Override
    @Transactional
    public RuleSetting addVersion(NewRuleSetting command, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.ANALYST, Role.ADMIN);
        String key = command.key() == null ? null : command.key().trim();
        String division = command.divisionCode() == null ? null : command.divisionCode().trim();
        List<FieldError> errors = validate(key, division, command.effectiveFrom(), command.value());
        if (errors.isEmpty() && exists(key, division, command.effectiveFrom())) {
            errors.add(FieldError.of("effectiveFrom", "error.settingVersionExists"));
        }
        InvalidInputException.throwIfAny(errors);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            jdbc.sql(INSERT_SETTING)
                    .param("key", key).param("division", division).param("effectiveFrom", command.effectiveFrom())
                    .param("value", command.value()).param("changedBy", user.username()).param("changedAt", now).update();
        } catch (DuplicateKeyException meanwhile) {
            throw new InvalidInputException(FieldError.of("effectiveFrom", "error.settingVersionExists"));
        }
        Map<List<Object>, Optional<BigDecimal>> read = readInThisTransaction();
        if (read != null) {
            read.clear();
        }
        events.publishEvent(new RuleSettingChanged(key, division, command.effectiveFrom(), command.value(),
                user.username()));
        return new RuleSetting(key, division, command.effectiveFrom(), command.value(), user.username(), now);
    }

    private List<FieldError> validate(String key, String division, LocalDate effectiveFrom, BigDecimal value) {
        List<FieldError> errors = new ArrayList<>();
        Optional<SettingDefinition> definition = known.definition(key);
        if (key == null || key.isEmpty()) {
            errors.add(FieldError.of("key", "validation.required"));
        } else if (definition.isEmpty()) {
            errors.add(FieldError.of("key", "error.settingUnknownKey", key));
        }
        if (division == null || division.isEmpty()) {
            errors.add(FieldError.of("divisionCode", "validation.required"));
        } else if (!DIVISION.matcher(division).matches()) {
            errors.add(FieldError.of("divisionCode", "error.settingDivisionFormat"));
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom == null) {
            errors.add(FieldError.of("effectiveFrom", "validation.required"));
        } else if (effectiveFrom.isBefore(today)) {
            errors.add(FieldError.of("effectiveFrom", "error.settingPastDate", today.toString()));
        }
        if (value == null) {
            errors.add(FieldError.of("value", "validation.required"));
        } else if (definition.isPresent()) {
            valueError(definition.get(), value).ifPresent(errors::add);
        }
        return errors;
    }

    private static Optional<FieldError> valueError(SettingDefinition definition, BigDecimal value) {
        int scale = definition.unit().scale();
        if (value.stripTrailingZeros().scale() > scale) {
            return Optional.of(scale == 0 ? FieldError.of("value", "error.settingMustBeWhole")
                    : FieldError.of("value", "error.settingDecimals", scale));
        }
        if (value.compareTo(definition.min()) < 0 || value.compareTo(definition.max()) > 0) {
            return Optional.of(FieldError.of("value", "error.settingOutOfRange",
                    definition.min().toPlainString(), definition.max().toPlainString()));
        }
        return Optional.empty();
    }

    private boolean exists(String key, String division, LocalDate effectiveFrom) {
        return jdbc.sql(COUNT_SETTING)
                .param("key", key).param("division", division).param("effectiveFrom", effectiveFrom).query(Long.class).single() > 0;
    }

    private static RuleSetting row(ResultSet rs, int n) throws SQLException {
        return new RuleSetting(rs.getString("setting_key"), rs.getString("division_code").trim(),
                rs.getObject("effective_from", LocalDate.class), rs.getBigDecimal("setting_value"),
                rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class));
    }
}
