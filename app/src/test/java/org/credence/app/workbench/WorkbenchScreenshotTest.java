package org.credence.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;

import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.credence.api.ClaimLink;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.result.ArticleFinding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paints the workbench showing an article folder (the pictures in docs/images show the bundled example story, our
 * own writing, never the seed texts), at 1280x800, into the documentation's pictures: the light window
 * (workbench.png), the dark one (workbench-dark.png) and the compare view of a claim beside the denial in another
 * article (compare.png). Runs only when asked:
 * {@code xvfb-run -a ./mvnw -pl app -am test -Dtest=WorkbenchScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcredence.screenshots=$PWD/docs/images -Dcredence.screenshot.input=$PWD/examples/copper-belt}.
 */
class WorkbenchScreenshotTest {

    @Test
    void paintsTheLightAndDarkWorkbenchAndTheCompareView(@TempDir Path dir) throws Exception {
        String target = System.getProperty("credence.screenshots");
        String input = System.getProperty("credence.screenshot.input");
        Assumptions.assumeTrue(target != null && input != null, "only when screenshots are asked for");
        Path out = Path.of(target).toAbsolutePath();
        Files.createDirectories(out);
        Preferences prefs = Preferences.userRoot().node("org/credence/shot-" + UUID.randomUUID());
        EngineOptions options = new EngineOptions(null, List.of(Path.of("..", "plugins")), null, 2,
                Duration.ofSeconds(10), List.of());
        WorkbenchController c = execute(() -> {
            WorkbenchController.applyTheme(false);
            WorkbenchController controller = new WorkbenchController(options, prefs, dir.resolve("a.json"), null);
            controller.window().setSize(1280, 800);
            controller.window().setVisible(true);
            controller.open(List.of(Path.of(input)));
            return controller;
        });
        try {
            Pause.pause(new Condition("analysis") {
                @Override
                public boolean test() {
                    return execute(() -> !c.isBusy() && c.model().hasReport());
                }
            }, Timeout.timeout(180_000));
            // a claim whose evidence is in another article: the one the compare view is shown for
            record Link(String claimId, ClaimLink link) {
            }
            Link link = execute(() -> c.model().report().findings().stream().filter(f -> !f.claimId().isEmpty())
                    .flatMap((ArticleFinding f) -> f.finding().related().stream()
                            .filter(r -> !r.otherArticle().equals(f.articleId())).map(r -> new Link(f.claimId(), r)))
                    .findFirst().orElseThrow(() -> new AssertionError("no cross-article evidence in " + input)));
            execute(() -> c.model().selectClaim(link.claimId()));
            settle();
            shoot(c.window(), out.resolve("workbench.png"));

            execute(c::toggleTheme);
            settle();
            shoot(c.window(), out.resolve("workbench-dark.png"));
            execute(c::toggleTheme);

            execute(() -> c.model().compare(link.claimId(), link.link()));
            settle();
            assertThat(execute(() -> c.window().compareView().isVisible())).isTrue();
            shoot(c.window().compareView(), out.resolve("compare.png"));
        } finally {
            execute(c::close);
            prefs.removeNode();
        }
    }

    private static void settle() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(1200);
        SwingUtilities.invokeAndWait(() -> { });
    }

    private static void shoot(Component window, Path file) throws Exception {
        BufferedImage image = execute(() -> {
            JComponent root = ((RootPaneContainer) window).getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            root.paint(img.getGraphics());
            return img;
        });
        ImageIO.write(image, "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
