package org.bangfu.campaign;

/** The commands of a warmth campaign's steps, as its screens and REST submit them. */
public final class CampaignSteps {

    private CampaignSteps() {
    }

    /** The plan, or a unit's recipients, approved or sent back with a note. */
    public record Decision(boolean approve, String note) {
    }

    /** A unit's recipients are registered, or its visits recorded: on to the next step. */
    public record Done() {
    }

    /** A unit's report on its campaign. */
    public record Report(String text) {
    }
}
