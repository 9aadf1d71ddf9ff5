package org.credence.app.workbench.model;

import java.util.Locale;

/**
 * How often the reviewer agreed with a rule's findings: agreed of judged (agreed plus rejected).
 *
 * @param agreed findings agreed with
 * @param judged findings agreed with or rejected
 */
public record Agreement(int agreed, int judged) {

    /** "3/4 (75%)", or "" when nothing was judged. */
    @Override
    public String toString() {
        return judged == 0 ? "" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", agreed, judged, 100.0 * agreed / judged);
    }
}
