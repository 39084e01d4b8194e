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

/** The model-worker list as a case worker uses it, browserless, on the shared context and real PostgreSQL. */
class ModelWorkerScreensTest extends UiTest {

    @Test
    void aWrongResidentIdIsRefusedNextToItsFieldAndAGoodEntryShowsUpAmongTheSeventyPlus() {
        login("cw_zhongyuan");
        ModelWorkerView view = UI.getCurrent().navigate(ModelWorkerView.class).orElseThrow();
        int before = GridKt._size(view.grid);
        ModelWorkerView.AddForm form = view.openAdd();
        form.name.setValue("Old Master");
        form.residentId.setValue("41010219500101123");
        form.honour.setValue(ModelWorkerHonour.NATIONAL);
        form.honourYear.setValue(1989);
        form.phone.setValue("13800138001");
        form.cardHolderName.setValue("Old Master");
        form.account.setValue(Fixtures.bankCard("622202020011226"));
        form.save.click();
        assertThat(form.residentId.isInvalid()).isTrue();
        assertThat(form.residentId.getErrorMessage()).contains("18");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(before);

        String first17 = "41010219500101" + String.format("%03d", System.nanoTime() % 1000);
        form.residentId.setValue(first17 + ResidentId.checkCharacter(first17));
        form.save.click();
        assertThat(form.residentId.isInvalid()).isFalse();
        assertThat(form.isOpened()).isFalse();
        view.ageOn.setValue(LocalDate.of(2021, 1, 1));
        view.seventyPlus.setValue(true);
        String row = java.util.stream.IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(view.grid, i)))
                .filter(text -> text.contains("Old Master")).findFirst().orElseThrow();
        assertThat(row).contains("71").contains("410***").doesNotContain(first17);
        view.ageOn.setValue(LocalDate.of(2019, 1, 1));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(view.grid, i))))
                .noneMatch(text -> text.contains("Old Master"));
    }
}
