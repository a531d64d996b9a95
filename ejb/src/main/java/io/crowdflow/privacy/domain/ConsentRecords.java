package io.crowdflow.privacy.domain;

import java.util.Set;

/** Where each person's current consents are kept (the identity provider). */
public interface ConsentRecords {

    /** The purposes the person has granted now. */
    Set<Purpose> grantedBy(String personId);

    /** Grants or withdraws one purpose; the other purposes stay as they are. */
    void change(String personId, Purpose purpose, boolean granted);

    /** The ids of everyone who has granted the purpose now. */
    Set<String> holdersOf(Purpose purpose);
}
