package org.credence.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.engine.scoring.WeightsProfile;
import org.credence.engine.scoring.WeightsProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `credence calibrate` through the launcher on FA-KES (../shared/data/fa-kes/fa-kes.csv; skipped where it is absent):
 * the held-back AUCs are printed and are AUCs, and the profile is written and reads back. The figures themselves
 * are in docs/evaluation.md; this test does not pin them.
 */
class FaKesCalibrationAcceptanceTest {

    private static final Pattern AUC = Pattern.compile("(before|after) \\([^)]*\\)\\s+([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void calibrationOnFaKesPrintsHeldBackAucsAndWritesAReadableProfile() throws Exception {
        Path csv = Distribution.requireShared("data/fa-kes/fa-kes.csv");
        Path profile = dir.resolve("fakes-profile.json");
        Distribution.Run run = Distribution.credence("calibrate", csv.toString(), "--out", profile.toString(),
                "--threads", "2");
        System.out.println(run.out());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Matcher m = AUC.matcher(run.out());
        int found = 0;
        while (m.find()) {
            assertThat(Double.parseDouble(m.group(2))).as(m.group()).isBetween(0.0, 1.0);
            found++;
        }
        assertThat(found).as("a before and an after AUC in\n%s", run.out()).isEqualTo(2);
        assertThat(run.out()).containsPattern("n train\\s+\\d+").containsPattern("n held back\\s+\\d+")
                .contains("profile written to " + profile);

        WeightsProfile read = WeightsProfiles.read(profile);
        assertThat(read.rules()).containsOnlyKeys("single-source-numbers", "unverified-activist-claims",
                "official-denial-contrast", "hedged-language", "anonymous-sourcing", "copied-content", "headline-support",
                "altered-facts");
        assertThat(read.rules().values()).allSatisfy(s -> {
            assertThat(s.weight()).isBetween(0.0, 1.0);
            assertThat(s.enabled()).isEqualTo(s.weight() > 0);
        });
        assertThat(read.name().toLowerCase(Locale.ROOT)).contains("fa-kes.csv");
    }
}
