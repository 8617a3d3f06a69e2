package com.notefolio.core.index;

/** Where the index value of a reset came from. */
public enum IndexSource {
    /** An observed fixing on or before the fixing date. */
    FIXING,
    /** The index's forward curve, the fixing date being after its last fixing. */
    FORWARD_CURVE,
    /** The last fixing held flat: the fixing date is after the last fixing and the index has no forward curve. */
    LAST_FIXING_FLAT;

    /** This source as a bit of a set of sources. */
    public int bit() {
        return 1 << ordinal();
    }
}
