package io.harvest4j.json.testmodel;

import java.util.Objects;

/** Field names where naming strategies differ: acronyms, digits, single letters. */
public final class OddNames {

    private String userID;
    private String address2Line;
    private String aBC;
    private String x;
    private transient String cache;

    private OddNames() {
        // for the binders
    }

    /**
     * @param value the value of every field
     * @return an instance
     */
    public static OddNames allSetTo(String value) {
        OddNames names = new OddNames();
        names.userID = value;
        names.address2Line = value;
        names.aBC = value;
        names.x = value;
        names.cache = value;
        return names;
    }

    /** @return the transient field, never written nor read */
    public String cache() {
        return cache;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof OddNames)) {
            return false;
        }
        OddNames that = (OddNames) other;
        return Objects.equals(userID, that.userID) && Objects.equals(address2Line, that.address2Line)
                && Objects.equals(aBC, that.aBC) && Objects.equals(x, that.x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userID, address2Line, aBC, x);
    }

    @Override
    public String toString() {
        return "OddNames{" + userID + ", " + address2Line + ", " + aBC + ", " + x + "}";
    }
}
