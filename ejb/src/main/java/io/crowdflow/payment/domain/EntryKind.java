package io.crowdflow.payment.domain;

/** The kind of a movement as the public ledger shows it, named for what the money does. */
public enum EntryKind {
    /** external deposits → requester */
    DEPOSIT,
    /** requester → task escrow */
    ESCROW,
    /** task escrow → worker */
    PAYMENT,
    /** task escrow → requester */
    REFUND,
    /** task escrow → platform */
    FEE,
    /** requester → worker, outside escrow */
    BONUS,
    /** any other pair of accounts */
    TRANSFER;

    public static EntryKind of(String fromAccountId, String toAccountId) {
        AccountKind from = kindOf(fromAccountId);
        AccountKind to = kindOf(toAccountId);
        if (from == AccountKind.EXTERNAL && to == AccountKind.REQUESTER) {
            return DEPOSIT;
        }
        if (from == AccountKind.REQUESTER && to == AccountKind.ESCROW) {
            return ESCROW;
        }
        if (from == AccountKind.REQUESTER && to == AccountKind.WORKER) {
            return BONUS;
        }
        if (from == AccountKind.ESCROW) {
            switch (to == null ? AccountKind.EXTERNAL : to) {
                case WORKER:
                    return PAYMENT;
                case REQUESTER:
                    return REFUND;
                case PLATFORM:
                    return FEE;
                default:
                    break;
            }
        }
        return TRANSFER;
    }

    /** The lower-case name written into ledger entries. */
    public String code() {
        return name().toLowerCase();
    }

    private static AccountKind kindOf(String accountId) {
        int colon = accountId.indexOf(':');
        try {
            return AccountKind.valueOf(accountId.substring(0, Math.max(colon, 0)).toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
