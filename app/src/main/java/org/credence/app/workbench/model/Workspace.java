package org.credence.app.workbench.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credence.engine.scoring.WeightsProfile;

/**
 * Everything a reviewer made, as saved to a workspace file: which articles were opened, the weights and switches,
 * a verdict per finding and a review per claim. Articles themselves are not copied; they are read again.
 *
 * @param inputs   the files and folders opened, as absolute paths
 * @param profile  the weights profile in force
 * @param verdicts verdict by {@link FindingKey}; findings not named have none
 * @param reviews  review by claim id
 * @param selected the claim last selected, or ""
 */
public record Workspace(List<String> inputs, WeightsProfile profile, Map<String, Verdict> verdicts,
                        Map<String, ClaimReview> reviews, String selected) {

    public Workspace {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(profile, "profile");
        verdicts = Map.copyOf(verdicts);
        reviews = Map.copyOf(reviews);
        selected = Objects.requireNonNullElse(selected, "");
    }

    public static Workspace empty() {
        return new Workspace(List.of(), WeightsProfile.defaults(), Map.of(), Map.of(), "");
    }
}
