package org.credence.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credence.app.workbench.model.ClaimReview;
import org.credence.app.workbench.model.Verdict;
import org.credence.app.workbench.model.Workspace;
import org.credence.engine.scoring.WeightsProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LabelledFindingsWriterTest {

    @TempDir
    Path dir;

    @Test
    void agreedAndRejectedFindingsBecomeCorrectAndIncorrectLinesAndUnjudgedOnesAreLeftOut() throws Exception {
        Workspace ws = new Workspace(List.of(), WeightsProfile.defaults(), Map.of(
                "hedged-language|a1|a1#2", Verdict.ACCEPTED,
                "copied-content|a2|", Verdict.REJECTED,
                "anonymous-sourcing|a1|a1#3", Verdict.NONE),
                Map.of("a1#2", new ClaimReview("Reportedly,\nand no source.", null)), "");
        Path file = dir.resolve("verdicts.jsonl");
        new LabelledFindingsWriter().write(LabelledVerdict.of(ws), "ana", file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode copied = json.readTree(lines.get(0));
        JsonNode hedged = json.readTree(lines.get(1));
        assertThat(copied.get("article").asText()).isEqualTo("a2");
        assertThat(copied.get("claim").asText()).as("a finding about the whole article").isEmpty();
        assertThat(copied.get("rule").asText()).isEqualTo("copied-content");
        assertThat(copied.get("label").asText()).isEqualTo("incorrect");
        assertThat(copied.get("reason").asText()).as("without a note, what the reviewer did: the format needs a reason")
                .isEqualTo("The reviewer rejected the finding in the workbench.");
        assertThat(hedged.get("claim").asText()).isEqualTo("a1#2");
        assertThat(hedged.get("label").asText()).isEqualTo("correct");
        assertThat(hedged.get("reason").asText()).as("the note, on one line").isEqualTo("Reportedly, and no source.");
        assertThat(hedged.get("labeller").asText()).isEqualTo("ana");
        assertThat(hedged.fieldNames()).toIterable().containsExactly("article", "claim", "rule", "label", "reason",
                "labeller");
    }
}
