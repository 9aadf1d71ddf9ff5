package org.credence.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfile.RuleSetting;

/**
 * A weights profile as it travels to the executors: the engine's {@link WeightsProfile} is not serialisable, so its
 * fields go as plain values and the same profile is made again on the other side.
 */
record ProfileTransport(String name, double baseline, Map<String, Double> weights, Map<String, Boolean> enabled)
        implements Serializable {

    ProfileTransport {
        weights = new HashMap<>(weights);   // HashMap: Map.of's maps refuse a null weight (a rule's default kept)
        enabled = Map.copyOf(enabled);
    }

    static ProfileTransport of(WeightsProfile profile) {
        Map<String, Double> weights = new HashMap<>();
        Map<String, Boolean> enabled = new HashMap<>();
        profile.rules().forEach((id, setting) -> {
            weights.put(id, setting.weight());
            enabled.put(id, setting.enabled());
        });
        return new ProfileTransport(profile.name(), profile.baseline(), weights, enabled);
    }

    WeightsProfile profile() {
        Map<String, RuleSetting> rules = new HashMap<>();
        enabled.forEach((id, on) -> rules.put(id, new RuleSetting(weights.get(id), on)));
        return new WeightsProfile(name, baseline, rules);
    }
}
