package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.bangfu.Fixtures;
import org.bangfu.campaign.ModelWorkerHonour;
import org.bangfu.campaign.ui.ModelWorkerView;
import org.bangfu.shared.ResidentId;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The model-worker list as a case worker uses it, browserless, on the shared context and real PostgreSQL. */
class ModelWorkerScreensTest extends UiTest {

    @Test
    void aWrongResidentIdIsRefusedNextToItsFieldAndAGoodEntryShowsUpAmongTheSeventyPlus() {
        login("cw_zhongyuan");
        ModelWorkerView view = UI.getCurrent().navigate(ModelWorkerView.class).orElseThrow();
        var workerGrid = Widgets.find(view, Grid.class, "model-worker-grid");
        int before = GridKt._size(workerGrid);
        ModelWorkerView.AddForm form = view.openAdd();
        var workerName = Widgets.find(form, TextField.class, "model-worker-name");
        workerName.setValue("Old Master");
        var workerResidentId = Widgets.find(form, TextField.class, "model-worker-resident-id");
        workerResidentId.setValue("41010219500101123");
        Widgets.find(form, ComboBox.class, "model-worker-honour").setValue(ModelWorkerHonour.NATIONAL);
        Widgets.find(form, IntegerField.class, "model-worker-honour-year").setValue(1989);
        Widgets.find(form, TextField.class, "model-worker-phone").setValue("13800138001");
        Widgets.find(form, TextField.class, "model-worker-card-holder-name").setValue("Old Master");
        Widgets.find(form, TextField.class, "model-worker-account").setValue(Fixtures.bankCard("622202020011226"));
        var workerSave = Widgets.find(form, Button.class, "model-worker-save");
        workerSave.click();
        assertThat(workerResidentId.isInvalid()).isTrue();
        assertThat(workerResidentId.getErrorMessage()).contains("18");
        assertThat(workerName.isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();
        assertThat(GridKt._size(workerGrid)).isEqualTo(before);

        String first17 = "41010219500101" + String.format("%03d", System.nanoTime() % 1000);
        workerResidentId.setValue(first17 + ResidentId.checkCharacter(first17));
        workerSave.click();
        assertThat(workerResidentId.isInvalid()).isFalse();
        assertThat(form.isOpened()).isFalse();
        var workerAgeOn = Widgets.find(view, DatePicker.class, "model-worker-age-on");
        workerAgeOn.setValue(LocalDate.of(2021, 1, 1));
        Widgets.find(view, Checkbox.class, "model-worker-seventy").setValue(true);
        String row = java.util.stream.IntStream.range(0, GridKt._size(workerGrid))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(workerGrid, i)))
                .filter(text -> text.contains("Old Master")).findFirst().orElseThrow();
        assertThat(row).contains("71").contains("410***").doesNotContain(first17);
        workerAgeOn.setValue(LocalDate.of(2019, 1, 1));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(workerGrid))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(workerGrid, i))))
                .noneMatch(text -> text.contains("Old Master"));
    }
}
