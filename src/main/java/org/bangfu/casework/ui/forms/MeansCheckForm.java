package org.bangfu.casework.ui.forms;

import org.bangfu.identification.process.MeansCheckTask;
import java.time.LocalDate;

import org.bangfu.identification.MeansCheck;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The civil-affairs means check entered by hand: homes, vehicle, business, high-fee school, 低保 cover. */
public class MeansCheckForm extends TaskForm<MeansCheckTask> {

    private final IntegerField homesOwned = new IntegerField();
    private final Checkbox privateVehicle = new Checkbox();
    private final Checkbox businessWithEmployees = new Checkbox();
    private final Checkbox childAtHighFeeSchool = new Checkbox();
    private final Checkbox onDibao = new Checkbox();
    private final DatePicker checkedOn = new DatePicker();
    private final TextField source = new TextField();

    public MeansCheckForm(TaskContext context) {
        super(context);
        homesOwned.setLabel(getTranslation("casework.form.meansCheck.homesOwned"));
        homesOwned.setMin(0);
        homesOwned.setValue(1);
        homesOwned.setStepButtonsVisible(true);
        homesOwned.setId("means-homes");
        privateVehicle.setId("means-private-vehicle");
        privateVehicle.setLabel(getTranslation("casework.form.meansCheck.privateVehicle"));
        businessWithEmployees.setId("means-business-with-employees");
        businessWithEmployees.setLabel(getTranslation("casework.form.meansCheck.businessWithEmployees"));
        childAtHighFeeSchool.setId("means-child-at-high-fee-school");
        childAtHighFeeSchool.setLabel(getTranslation("casework.form.meansCheck.childAtHighFeeSchool"));
        onDibao.setId("means-on-dibao");
        onDibao.setLabel(getTranslation("casework.form.meansCheck.onDibao"));
        checkedOn.setLabel(getTranslation("casework.form.meansCheck.checkedOn"));
        checkedOn.setValue(LocalDate.now(context.services().clock));
        checkedOn.setId("means-checked-on");
        source.setId("means-source");
        source.setLabel(getTranslation("casework.form.meansCheck.source"));
        errors.add("homesOwned", homesOwned);
        errors.add("checkedOn", checkedOn);
        errors.add("source", source);
        layout(homesOwned, checkedOn, privateVehicle, businessWithEmployees, childAtHighFeeSchool, onDibao, source);
    }

    @Override
    protected void complete() {
        finish(new MeansCheck(homesOwned.getValue(),
                privateVehicle.getValue(), businessWithEmployees.getValue(), childAtHighFeeSchool.getValue(),
                onDibao.getValue(), checkedOn.getValue(), source.getValue().isBlank() ? null : source.getValue()));
    }
}
