package io.crowdflow.rules.governance;

/** The kinds of data the classification rules detect in task content. */
public enum FindingKind {
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    IBAN,
    PAYMENT_CARD_NUMBER,
    NATIONAL_ID_NUMBER
}
