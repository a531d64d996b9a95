package io.crowdflow.privacy.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class UnknownPurposeException extends NotFoundException {

    public UnknownPurposeException(String slug) {
        super("no such purpose: " + (slug == null ? "" : slug.length() > 60 ? slug.substring(0, 60) + "…" : slug)
                + "; purposes are assignment-profiling, recommendations, research-analytics");
    }

    @Override
    public String problemSlug() {
        return "purpose-not-found";
    }
}
