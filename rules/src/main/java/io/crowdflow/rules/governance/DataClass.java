package io.crowdflow.rules.governance;

/**
 * How sensitive the data in a task's content is, in increasing order; the highest class found wins.
 */
public enum DataClass {
    /** Nothing personal found. */
    PUBLIC,
    /** Data about a person, e.g. an e-mail address or a phone number. */
    PERSONAL,
    /** Financial data, e.g. a bank account (IBAN) or a payment card number. */
    SENSITIVE;

    /** The higher of this class and {@code other}. */
    public DataClass max(DataClass other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
