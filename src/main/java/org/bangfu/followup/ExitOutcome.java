package org.bangfu.followup;

/** What an exit assessment proposes: exit (脱困), relieved (解困, the file stays open) or continue assistance. */
public enum ExitOutcome {
    EXIT, RELIEVED, CONTINUE
}
