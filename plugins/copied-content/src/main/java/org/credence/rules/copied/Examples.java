package org.credence.rules.copied;

/** The texts of the rule's examples: one story, and another about something else. Written by the team. */
final class Examples {

    static final String STORY = "Karvala has recruited more than 12,000 miners to work in its northern copper pits, "
            + "according to the Tesmar Labour Observatory, an independent monitoring group. The miners were promised "
            + "monthly wages of $400 to $600 for nine months, with free housing near the pits. Last week the Tesmari "
            + "Ministry of Labour warned that Karvala was recruiting miners without permits, and said its inspectors "
            + "would read every contract that reached them. A ministry spokesperson said the government had no wish "
            + "to stop anyone working abroad, but that the contracts bypassed its inspectors. The Orsa Mining "
            + "Company, which holds a thirty-year concession on the northern pits, declined to comment on the "
            + "recruitment. Families in the valley said they had heard nothing from the men since they left.";

    static final String OTHER_STORY = "The harbour of Port Orsa reopened on Tuesday after a storm closed it for three "
            + "days. Fishing boats returned to sea at dawn, and the ferry to the islands ran on time. The harbour "
            + "master said the breakwater had held, though two cranes on the north quay were damaged and would be "
            + "repaired within the month. Traders at the fish market said prices had risen while the boats stayed in, "
            + "and expected them to fall again by the weekend. The town council thanked the volunteers who had "
            + "sandbagged the sea front, and promised to review its plans for the next storm season.";

    private Examples() {
    }
}
