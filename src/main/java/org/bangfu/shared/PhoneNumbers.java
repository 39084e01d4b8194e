package org.bangfu.shared;

/** Mobile phone numbers are personal data: shown and exported masked (138****1234) unless revealed with a reason. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The first three and last four digits; anything too short to mask is hidden entirely. */
    public static String masked(String phone) {
        if (phone == null) {
            return null;
        }
        String p = phone.trim();
        return p.length() >= 8 ? p.substring(0, 3) + "****" + p.substring(p.length() - 4) : "****";
    }
}
