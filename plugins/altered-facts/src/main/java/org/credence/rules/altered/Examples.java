package org.credence.rules.altered;

import org.credence.api.Article;
import org.credence.api.RuleExample;

/** The articles of the rule's examples: a report, a later copy that changes its cause and toll, a faithful copy. Written by the team. */
final class Examples {

    static final String REPORT = "A car bomb exploded outside the grain market in Velmora on Tuesday morning, killing "
            + "14 people and wounding dozens more, the regional health office said. Witnesses said the blast shattered "
            + "windows along the whole street and set two delivery lorries on fire. The market had reopened only a week "
            + "earlier after repairs to its roof. Police closed the roads around the square and asked residents to stay "
            + "indoors while they searched the area. No group has said it carried out the attack. The regional governor "
            + "called the bombing a cowardly act and promised that those responsible would be found.";

    static final String ALTERED = "A chemical attack struck the grain market in Velmora on Tuesday morning, killing "
            + "40 people and wounding dozens more, the regional health office said. Witnesses said the attack shattered "
            + "windows along the whole street and set two delivery lorries on fire. The market had reopened only a week "
            + "earlier after repairs to its roof. Police closed the roads around the square and asked residents to stay "
            + "indoors while they searched the area. No group has said it carried out the attack. The regional governor "
            + "called the attack a cowardly act and promised that those responsible would be found.";

    private Examples() {
    }

    private static Article article(String id, String date, String body) {
        return new Article(id, "", "", date, "", body, "");
    }

    /** A copy published a day later that changes the cause and the toll: the copy gets the findings. */
    static RuleExample alteredCopy() {
        return RuleExample.firesOn(article(RuleExample.ARTICLE_ID, "2026-03-04", ALTERED),
                article("velmora-report", "2026-03-03", REPORT));
    }

    /** The original of that copy, published first: it changed nothing, so it gets none. */
    static RuleExample theOriginal() {
        return new RuleExample(false, article(RuleExample.ARTICLE_ID, "2026-03-03", REPORT),
                java.util.List.of(article("velmora-copy", "2026-03-04", ALTERED)));
    }

    /** A copy that keeps every fact. */
    static RuleExample faithfulCopy() {
        return new RuleExample(false, article(RuleExample.ARTICLE_ID, "2026-03-04", REPORT),
                java.util.List.of(article("velmora-report", "2026-03-03", REPORT)));
    }
}
