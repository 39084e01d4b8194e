package org.bangfu.organization;

/**
 * A union unit. {@code code} is unique in the tree ({@code 410102} for a county union, {@code 410102001} for a
 * grass-roots union in it); {@code divisionCode} is the 6-digit administrative division the unit sits in;
 * {@code path} lists the codes from the root, e.g. {@code /410000/410100/410102/}, so a subtree is a prefix.
 */
public record OrgUnit(long id, String code, String name, UnitLevel level, Long parentId, String divisionCode,
                      String path) {

    public boolean contains(OrgUnit other) {
        return other.path.startsWith(path);
    }
}
