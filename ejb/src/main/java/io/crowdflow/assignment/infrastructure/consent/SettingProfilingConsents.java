package io.crowdflow.assignment.infrastructure.consent;

import io.crowdflow.assignment.domain.ProfilingConsents;
import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Until the consent record exists (governance issue), consent to {@value ProfilingConsents#PURPOSE}
 * comes from the setting {@code crowdflow.assignment.profiling-consent}: {@code granted} (default:
 * everyone, the platform's behaviour so far) or {@code withheld} (no one: every worker is assigned on
 * non-personalised features). Replace this bean with one that reads each person's consent.
 */
@ApplicationScoped
public class SettingProfilingConsents implements ProfilingConsents {

    @Inject
    PlatformSettings settings;

    @Override
    public Set<String> withoutConsent(Collection<String> personIds) {
        String mode = settings.text("crowdflow.assignment.profiling-consent", "granted");
        return switch (mode) {
            case "granted" -> Set.of();
            case "withheld" -> new HashSet<>(personIds);
            default -> throw new IllegalStateException("setting crowdflow.assignment.profiling-consent must be "
                    + "granted or withheld, not " + mode);
        };
    }
}
