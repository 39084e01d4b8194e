package org.bangfu.identification.ui;

import org.bangfu.shell.FieldErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangfu.identification.EmployerOwnership;
import org.bangfu.identification.EmploymentStatus;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.Health;
import org.bangfu.identification.HouseholdProfile;
import org.bangfu.identification.HousingType;
import org.bangfu.identification.HukouType;
import org.bangfu.identification.MaritalStatus;
import org.bangfu.identification.MemberCommand;
import org.bangfu.identification.ModelWorkerType;
import org.bangfu.identification.PoliticalStatus;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The household part of an application, shared by intake and the completion of an emergency file: size and income,
 * the official profile fields in sections, and the members (rows added and removed). The size follows the member
 * rows (1 + members) but stays editable, so that a mismatch is refused like the service refuses it.
 */
public class HouseholdEditor extends VerticalLayout {

    public final IntegerField householdSize = new IntegerField();
    public final BigDecimalField householdYearlyIncome = new BigDecimalField();
    public final BigDecimalField rigidExpenses = new BigDecimalField();

    private final TextField ethnicity = new TextField();
    private final ComboBox<PoliticalStatus> politicalStatus;
    private final ComboBox<Health> health;
    private final TextField disabilityCategory = new TextField();
    private final ComboBox<MaritalStatus> maritalStatus;
    private final RadioButtonGroup<Boolean> singleParent;
    private final ComboBox<ModelWorkerType> modelWorkerType;
    private final ComboBox<EmploymentStatus> employmentStatus;
    private final ComboBox<EmployerOwnership> employerOwnership;
    private final TextField industry = new TextField();
    private final BigDecimalField ownMonthlyIncome = new BigDecimalField();
    private final RadioButtonGroup<Boolean> medicalInsurance;
    private final RadioButtonGroup<Boolean> zeroEmployment;
    private final RadioButtonGroup<Boolean> selfReliant;
    private final ComboBox<HousingType> housingType;
    private final BigDecimalField housingArea = new BigDecimalField();
    private final ComboBox<HukouType> hukouType;
    private final TextField hukouDivision = new TextField();
    private final TextField address = new TextField();
    private final BigDecimalField jobCosts = new BigDecimalField();
    private final BigDecimalField hardshipCosts = new BigDecimalField();
    private final ComboBox<HardshipCause> secondaryCause;
    private final RadioButtonGroup<Boolean> migrantWorker;
    private final RadioButtonGroup<Boolean> livesInCity;
    private final IntegerField employmentMonths = new IntegerField();
    private final RadioButtonGroup<Boolean> accidentEvent;
    private final RadioButtonGroup<Boolean> stillInDifficulty;
    private final TextArea situation = new TextArea();

    private final List<MemberRow> members = new ArrayList<>();
    private final Button addMember = new Button();
    private final VerticalLayout memberRows = new VerticalLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public HouseholdEditor() {
        setPadding(false);
        setId("household-editor");
        politicalStatus = Texts.enumBox(this, PoliticalStatus.class, "casework.household.politicalStatus");
        health = Texts.enumBox(this, Health.class, "casework.household.health");
        maritalStatus = Texts.enumBox(this, MaritalStatus.class, "casework.household.maritalStatus");
        singleParent = Texts.yesNo(this, "casework.household.singleParent");
        modelWorkerType = Texts.enumBox(this, ModelWorkerType.class, "casework.household.modelWorkerType");
        employmentStatus = Texts.enumBox(this, EmploymentStatus.class, "casework.household.employmentStatus");
        employerOwnership = Texts.enumBox(this, EmployerOwnership.class, "casework.household.employerOwnership");
        medicalInsurance = Texts.yesNo(this, "casework.household.medicalInsurance");
        zeroEmployment = Texts.yesNo(this, "casework.household.zeroEmployment");
        selfReliant = Texts.yesNo(this, "casework.household.selfReliant");
        housingType = Texts.enumBox(this, HousingType.class, "casework.household.housingType");
        hukouType = Texts.enumBox(this, HukouType.class, "casework.household.hukouType");
        secondaryCause = Texts.enumBox(this, HardshipCause.class, "casework.household.secondaryCause");
        migrantWorker = Texts.yesNo(this, "casework.household.migrantWorker");
        livesInCity = Texts.yesNo(this, "casework.household.livesInCity");
        accidentEvent = Texts.yesNo(this, "casework.household.accidentEvent");
        stillInDifficulty = Texts.yesNo(this, "casework.household.stillInDifficulty");

        label(householdSize, "householdSize", "casework.intake.householdSize");
        householdSize.setHelperText(getTranslation("casework.household.sizeHelper"));
        label(householdYearlyIncome, "householdYearlyIncome", "casework.intake.householdYearlyIncome");
        label(rigidExpenses, "rigidExpenses", "casework.intake.rigidExpenses");
        label(ethnicity, "profile.ethnicity", "casework.household.ethnicity");
        label(disabilityCategory, "profile.disabilityCategory", "casework.household.disabilityCategory");
        label(industry, "profile.industry", "casework.household.industry");
        label(ownMonthlyIncome, "profile.ownMonthlyIncome", "casework.household.ownMonthlyIncome");
        label(housingArea, "profile.housingArea", "casework.household.housingArea");
        label(hukouDivision, "profile.hukouDivision", "casework.household.hukouDivision");
        hukouDivision.setHelperText(getTranslation("casework.household.hukouDivisionHelper"));
        label(address, "profile.address", "casework.household.address");
        label(jobCosts, "profile.jobCosts", "casework.household.jobCosts");
        label(hardshipCosts, "profile.hardshipCosts", "casework.household.hardshipCosts");
        label(employmentMonths, "profile.employmentMonths", "casework.household.employmentMonths");
        label(situation, "profile.situation", "casework.household.situation");
        register("profile.politicalStatus", politicalStatus);
        register("profile.health", health);
        register("profile.maritalStatus", maritalStatus);
        register("profile.singleParent", singleParent);
        register("profile.modelWorkerType", modelWorkerType);
        register("profile.employmentStatus", employmentStatus);
        register("profile.employerOwnership", employerOwnership);
        register("profile.medicalInsurance", medicalInsurance);
        register("profile.zeroEmployment", zeroEmployment);
        register("profile.selfReliant", selfReliant);
        register("profile.housingType", housingType);
        register("profile.hukouType", hukouType);
        register("profile.secondaryCause", secondaryCause);
        register("profile.migrantWorker", migrantWorker);
        register("profile.livesInCity", livesInCity);
        register("profile.accidentEvent", accidentEvent);
        register("profile.stillInDifficulty", stillInDifficulty);
        defaults();

        situation.setWidthFull();
        add(section("casework.household.section.income", householdSize, householdYearlyIncome, rigidExpenses),
                section("casework.household.section.personal", ethnicity, politicalStatus, health,
                        disabilityCategory, maritalStatus, singleParent, modelWorkerType),
                section("casework.household.section.employment", employmentStatus, employerOwnership, industry,
                        ownMonthlyIncome, medicalInsurance, zeroEmployment, selfReliant),
                section("casework.household.section.housing", housingType, housingArea, hukouType, hukouDivision,
                        address),
                section("casework.household.section.economy", jobCosts, hardshipCosts, secondaryCause),
                section("casework.household.section.migrant", migrantWorker, livesInCity, employmentMonths),
                section("casework.household.section.accident", accidentEvent, stillInDifficulty),
                section("casework.household.section.situation", situation));
        addMember.setText(getTranslation("casework.household.member.add"));
        addMember.setIcon(VaadinIcon.PLUS.create());
        addMember.setId("member-add");
        addMember.addClickListener(click -> addMember());
        memberRows.setPadding(false);
        memberRows.setId("member-rows");
        add(new H4(getTranslation("casework.household.section.members")), memberRows, addMember);
        sizeFollowsMembers();
    }

    /** The defaults most applications have: Han, masses, good health, not a model worker, urban hukou … */
    private void defaults() {
        ethnicity.setValue(getTranslation("casework.household.defaultEthnicity"));
        politicalStatus.setValue(PoliticalStatus.MASSES);
        health.setValue(Health.GOOD);
        maritalStatus.setValue(MaritalStatus.MARRIED);
        singleParent.setValue(false);
        modelWorkerType.setValue(ModelWorkerType.NONE);
        employmentStatus.setValue(EmploymentStatus.EMPLOYED);
        employerOwnership.setValue(EmployerOwnership.PRIVATE);
        ownMonthlyIncome.setValue(BigDecimal.ZERO);
        medicalInsurance.setValue(true);
        zeroEmployment.setValue(false);
        selfReliant.setValue(true);
        housingType.setValue(HousingType.OWN);
        hukouType.setValue(HukouType.URBAN);
        jobCosts.setValue(BigDecimal.ZERO);
        hardshipCosts.setValue(BigDecimal.ZERO);
        migrantWorker.setValue(false);
        livesInCity.setValue(true);
        employmentMonths.setValue(12);
        accidentEvent.setValue(false);
        stillInDifficulty.setValue(true);
    }

    private void label(Component field, String name, String labelKey) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation(labelKey));
        register(name, (HasValidation) field);
    }

    private void register(String name, HasValidation field) {
        ((Component) field).setId("household-" + name.replace("profile.", ""));
        fields.put(name, field);
    }

    private Details section(String titleKey, Component... content) {
        FormLayout form = new FormLayout(content);
        Details details = new Details(getTranslation(titleKey), form);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    public MemberRow addMember() {
        MemberRow[] row = new MemberRow[1];
        row[0] = new MemberRow(() -> removeMember(row[0]));
        members.add(row[0]);
        memberRows.add(row[0]);
        renumber();
        return row[0];
    }

    public void removeMember(MemberRow row) {
        members.remove(row);
        memberRows.remove(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < members.size(); i++) {
            members.get(i).number(i);
        }
        sizeFollowsMembers();
    }

    private void sizeFollowsMembers() {
        householdSize.setValue(1 + members.size());
    }

    /** Registers every field under the service's names, the members as {@code members[i].<field>}. */
    public void register(FieldErrors errors) {
        fields.forEach(errors::add);
        Pattern member = Pattern.compile("members\\[(\\d+)]\\.(\\w+)");
        errors.addPrefix("members[", new FieldErrors.Clearable() {
            @Override
            public HasValidation apply(String name) {
                Matcher m = member.matcher(name);
                if (!m.matches() || Integer.parseInt(m.group(1)) >= members.size()) {
                    return null;
                }
                return members.get(Integer.parseInt(m.group(1))).fields.get(m.group(2));
            }

            @Override
            public void clearAll() {
                members.forEach(row -> row.fields.values().forEach(f -> f.setInvalid(false)));
            }
        });
    }

    public HouseholdProfile profile() {
        return new HouseholdProfile(ethnicity.getValue(), politicalStatus.getValue(), health.getValue(),
                blankToNull(disabilityCategory.getValue()), employmentStatus.getValue(), modelWorkerType.getValue(),
                housingType.getValue(), housingArea.getValue(), maritalStatus.getValue(), singleParent.getValue(),
                hukouType.getValue(), hukouDivision.getValue(), address.getValue(), ownMonthlyIncome.getValue(),
                medicalInsurance.getValue(), zeroEmployment.getValue(), selfReliant.getValue(),
                secondaryCause.getValue(), migrantWorker.getValue(), livesInCity.getValue(),
                employmentMonths.getValue(), jobCosts.getValue(), hardshipCosts.getValue(), accidentEvent.getValue(),
                stillInDifficulty.getValue(), employerOwnership.getValue(), industry.getValue(),
                situation.getValue());
    }

    public List<MemberCommand> memberCommands() {
        return members.stream().map(MemberRow::command).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
