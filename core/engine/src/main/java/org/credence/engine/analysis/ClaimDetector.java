package org.credence.engine.analysis;

import java.util.List;
import org.credence.api.Attribution;
import org.credence.api.Claim;
import org.credence.api.Cue;
import org.credence.api.Quantity;

/** Decides which sentences assert something checkable and builds their claims. Thread-safe. */
public interface ClaimDetector {

    /**
     * @param articleId    the article's id, from which claim ids are made ("id#n")
     * @param unit         the text and its sentences
     * @param quantities   every figure found in the text
     * @param attributions every attribution found in the text
     * @param cues         every cue phrase found in the text
     * @return the claims in text order
     */
    List<Claim> detect(String articleId, TextUnit unit, List<Quantity> quantities, List<Attribution> attributions,
                       List<Cue> cues);
}
