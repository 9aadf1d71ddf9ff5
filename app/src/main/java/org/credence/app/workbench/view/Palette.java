package org.credence.app.workbench.view;

import java.awt.Color;

/** Colours for scores: red for doubtful claims, amber for middling, green for well-supported. */
final class Palette {

    private Palette() {
    }

    static Color forScore(double score) {
        if (score < 40) {
            return new Color(0xE0, 0x52, 0x4B);
        }
        if (score < 60) {
            return new Color(0xE8, 0xA3, 0x3D);
        }
        return new Color(0x4C, 0xA8, 0x5A);
    }

    /** The same colour, light enough to highlight text over. */
    static Color highlight(double score) {
        Color c = forScore(score);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
    }
}
