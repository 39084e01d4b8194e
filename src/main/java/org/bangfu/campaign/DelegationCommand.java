package org.bangfu.campaign;

import java.util.List;

/** A new delegation as typed. */
public record DelegationCommand(String name, String leader, String members, String departments, String liaison,
                                List<Long> placeUnitIds, List<DelegationItem> items) {
}
