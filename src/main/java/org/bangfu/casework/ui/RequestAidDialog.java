package org.bangfu.casework.ui;

import org.bangfu.shell.FieldErrors;
import org.bangfu.approval.AidCap;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.AidService;
import org.bangfu.approval.SchoolLevel;
import org.bangfu.casework.CaseActions;
import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Formats;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A request for aid on an open file: the cap of the chosen type for this year is shown before the amount is entered;
 * a request over the cap is refused with the message beside the amount.
 */
public class RequestAidDialog extends Dialog {

    private final ComboBox<AidType> aidType;
    private final BigDecimalField outOfPocket = new BigDecimalField();
    private final ComboBox<SchoolLevel> schoolLevel;
    private final Span cap = new Span();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextArea purpose = new TextArea();
    private final Button submit = new Button();
    final FieldErrors errors = new FieldErrors(this);

    private final long caseId;
    private final AidService aid;

    RequestAidDialog(long caseId, CaseActions actions, AidService aid, CurrentUser user, Runnable done) {
        this.caseId = caseId;
        this.aid = aid;
        setHeaderTitle(getTranslation("casework.case.requestAid"));
        setId("request-aid-dialog");
        aidType = Texts.enumBox(this, AidType.class, "casework.form.aid.type");
        aidType.setId("aid-type");
        schoolLevel = Texts.enumBox(this, SchoolLevel.class, "casework.form.aid.schoolLevel");
        schoolLevel.setId("aid-school-level");
        outOfPocket.setLabel(getTranslation("casework.form.aid.outOfPocket"));
        outOfPocket.setId("aid-out-of-pocket");
        amount.setLabel(getTranslation("casework.form.aid.amount"));
        amount.setId("aid-amount");
        purpose.setLabel(getTranslation("casework.form.aid.purpose"));
        purpose.setId("aid-purpose");
        cap.setId("aid-cap-info");
        errors.add("aidType", aidType);
        errors.add("schoolLevel", schoolLevel);
        errors.add("outOfPocket", outOfPocket);
        errors.add("amount", amount);
        errors.add("purpose", purpose);
        aidType.addValueChangeListener(e -> showCap());
        schoolLevel.addValueChangeListener(e -> showCap());
        outOfPocket.addValueChangeListener(e -> showCap());
        showCap();
        submit.setText(getTranslation("casework.case.requestAidSubmit"));
        submit.setId("aid-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> errors.run(() -> {
            AidRequest request = actions.requestAid(new AidRequestCommand(caseId, aidType.getValue(),
                    amount.getValue(), outOfPocket.getValue(), schoolLevel.getValue(), purpose.getValue()), user);
            com.vaadin.flow.component.notification.Notification.show(getTranslation("casework.case.aidRequested",
                    Formats.money(request.amount()), Texts.enumText(this, request.requiredTier())));
            close();
            done.run();
        }));
        Button cancel = new Button(getTranslation("casework.case.cancel"), click -> close());
        add(new FormLayout(aidType, outOfPocket, schoolLevel, cap, amount, purpose));
        getFooter().add(cancel, submit);
    }

    /** Medical aid needs the out-of-pocket cost and education aid the school level before the cap is known. */
    private void showCap() {
        AidType type = aidType.getValue();
        outOfPocket.setVisible(type == AidType.MEDICAL);
        schoolLevel.setVisible(type == AidType.EDUCATION);
        if (type == null) {
            cap.setText(getTranslation("casework.case.capPickType"));
            return;
        }
        try {
            AidCap found = aid.cap(caseId, type, outOfPocket.getValue(), schoolLevel.getValue());
            cap.setText(getTranslation("casework.form.aid.capValue", Formats.money(found.cap()),
                    Formats.money(found.granted()), Formats.money(found.remaining())));
        } catch (BangfuException | IllegalArgumentException | NullPointerException unknown) {
            cap.setText(getTranslation("casework.case.capUnknown"));
        }
    }
}
