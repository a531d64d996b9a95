package io.crowdflow.rules.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The global the read-access rules write through: each method makes the fact a rule inserts, keeps it, and
 * returns it for {@code insert(...)}. One instance per evaluation.
 */
public final class ReadFindings {

    private final List<ReadGrant> grants = new ArrayList<>();
    private final List<ReadDenial> denials = new ArrayList<>();
    private final List<ReadRecording> recordings = new ArrayList<>();

    public ReadGrant grant(ReadRequest request, String ruleName) {
        return add(grants, new ReadGrant(request, ruleName, false));
    }

    public ReadGrant grantRedacted(ReadRequest request, String ruleName) {
        return add(grants, new ReadGrant(request, ruleName, true));
    }

    public ReadDenial deny(ReadRequest request, String ruleName) {
        return add(denials, new ReadDenial(request, ruleName));
    }

    public ReadRecording record(ReadRequest request, String ruleName) {
        return add(recordings, new ReadRecording(request, ruleName));
    }

    /** The decision on {@code request} from what the rules inserted (see {@link ReadDecision} for the combining). */
    ReadDecision decisionOn(ReadRequest request, String version) {
        List<String> granted = grants.stream().filter(g -> g.request() == request).map(ReadGrant::ruleName).toList();
        List<String> denied = denials.stream().filter(d -> d.request() == request).map(ReadDenial::ruleName).toList();
        List<String> recorded = recordings.stream().filter(r -> r.request() == request).map(ReadRecording::ruleName)
                .toList();
        ReadOutcome outcome = !denied.isEmpty() || granted.isEmpty() ? ReadOutcome.DENIED
                : grants.stream().anyMatch(g -> g.request() == request && !g.redacted()) ? ReadOutcome.ALLOWED
                : ReadOutcome.ALLOWED_REDACTED;
        return new ReadDecision(request, outcome, granted, denied, recorded, version);
    }

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }
}
