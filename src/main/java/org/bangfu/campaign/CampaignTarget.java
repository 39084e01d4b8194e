package org.bangfu.campaign;

/**
 * Target groups of a warmth campaign (GUIDE.md sections 11 and 12), each with the rows of the warmth campaign form it
 * is counted in (people or organisations visited, money and goods given). Enterprises and grass-roots units are
 * organisations; everyone else is a person with a resident ID and a real-name account.
 */
public enum CampaignTarget {
    ENTERPRISE(true, "A1", "B1"),
    GRASSROOTS_UNIT(true, "A2", "B2"),
    LAID_OFF(false, "C1", "D1"),
    SERIOUS_ILLNESS(false, "C2", "D2"),
    WORK_INJURY(false, "C3", "D3"),
    DISASTER(false, "C4", "D4"),
    EPIDEMIC(false, "C5", "D5"),
    MIGRANT_WORKER(false, "C6", "D6"),
    ON_DUTY(false, "C7", "D7"),
    SECONDED_CADRE(false, "C8", "D8"),
    MAJOR_PROJECT(false, "C9", "D9"),
    MODEL_WORKER(false, "C10", "D10"),
    FILED_HARDSHIP(false, "C11", "D11"),
    MEDICAL_STAFF(false, "J1", "J2");

    private final boolean organisation;
    private final String countRow;
    private final String moneyRow;

    CampaignTarget(boolean organisation, String countRow, String moneyRow) {
        this.organisation = organisation;
        this.countRow = countRow;
        this.moneyRow = moneyRow;
    }

    /** An enterprise or a grass-roots unit, paid to its own account under its own name. */
    public boolean organisation() {
        return organisation;
    }

    /** The row of the warmth campaign form that counts recipients of this group (个 or 人次). */
    public String countRow() {
        return countRow;
    }

    /** The row of the warmth campaign form that sums the money and goods given to this group (万元). */
    public String moneyRow() {
        return moneyRow;
    }
}
