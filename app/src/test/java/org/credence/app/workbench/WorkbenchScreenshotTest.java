package org.credence.app.workbench;

import static org.assertj.swing.edt.GuiActionRunner.execute;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.credence.engine.pipeline.EngineOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paints the main window showing the seed story into a PNG for the documentation. Runs only when asked:
 * {@code xvfb-run ./mvnw -pl app test -Dtest=WorkbenchScreenshotTest -Dcredence.screenshot=docs/images/workbench.png
 * -Dcredence.screenshot.input=../../shared/seeds}.
 */
class WorkbenchScreenshotTest {

    @Test
    void paintsTheMainWindow(@TempDir Path dir) throws Exception {
        String target = System.getProperty("credence.screenshot");
        String input = System.getProperty("credence.screenshot.input");
        Assumptions.assumeTrue(target != null && input != null, "only when a screenshot is asked for");
        Preferences prefs = Preferences.userRoot().node("org/credence/shot-" + UUID.randomUUID());
        EngineOptions options = new EngineOptions(null, List.of(Path.of("..", "plugins")), null, 2,
                Duration.ofSeconds(10), List.of());
        WorkbenchController c = execute(() -> {
            WorkbenchController.applyTheme(false);
            WorkbenchController controller = new WorkbenchController(options, prefs, dir.resolve("a.json"), null);
            controller.window().setSize(1600, 1000);
            controller.window().setVisible(true);
            controller.open(List.of(Path.of(input)));
            return controller;
        });
        Pause.pause(new Condition("analysis") {
            @Override
            public boolean test() {
                return execute(() -> !c.isBusy() && c.model().hasReport());
            }
        }, Timeout.timeout(180_000));
        execute(() -> c.model().report().corpus().articles().stream().filter(a -> a.id().startsWith("001"))
                .findFirst().ifPresent(a -> c.model().selectClaim(a.claims().get(1).id())));
        Thread.sleep(1500);
        BufferedImage image = execute(() -> {
            BufferedImage img = new BufferedImage(c.window().getWidth(), c.window().getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            c.window().getRootPane().paint(img.getGraphics());
            return img;
        });
        Path out = Path.of(target).toAbsolutePath();
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        execute(c::close);
        prefs.removeNode();
    }
}
