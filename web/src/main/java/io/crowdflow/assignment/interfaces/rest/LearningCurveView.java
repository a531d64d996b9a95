package io.crowdflow.assignment.interfaces.rest;

import io.crowdflow.assignment.application.LearningCurveService.Curve;
import io.crowdflow.assignment.domain.LearningCurve;

import java.time.Instant;
import java.util.List;

/** The learning curve as JSON: the window, the buckets, one series per policy, and the observation log. */
public record LearningCurveView(Instant from, Instant to, String bucket, String configuredPolicy, boolean truncated,
                                List<Instant> buckets, List<SeriesView> series, List<PointView> observations) {

    static LearningCurveView of(Curve c) {
        LearningCurve curve = c.curve();
        return new LearningCurveView(curve.from(), curve.to(), c.bucket(), c.configuredPolicy(), curve.truncated(),
                curve.starts(),
                curve.series().stream().map(s -> new SeriesView(s.policy(), s.outcomes(), s.meanReward(),
                        s.points().stream().map(PointView::of).toList())).toList(),
                curve.observations().stream().map(PointView::of).toList());
    }

    public record SeriesView(String policy, long outcomes, Double meanReward, List<PointView> points) {
    }

    public record PointView(Instant start, long count, Double meanReward, Double cumulativeMeanReward,
                            Long modelVersion) {
        static PointView of(LearningCurve.Point p) {
            return new PointView(p.start(), p.count(), p.meanReward(), p.cumulativeMeanReward(), p.modelVersion());
        }
    }
}
