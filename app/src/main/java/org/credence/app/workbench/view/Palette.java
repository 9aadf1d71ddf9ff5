package org.credence.app.workbench.view;

import java.awt.Color;

import javax.swing.UIManager;

/**
 * Colours: red for doubtful claims, amber for middling, green for well-supported; a fixed colour per rule for the
 * contributions chart, chosen from blues, purples, teals and browns so no rule is mistaken for a score band; and
 * the theme's own colours for chart backgrounds and text.
 */
final class Palette {

    /** Rule colours: none of them red, amber or green, so they never read as a score. */
    private static final Color[] RULES = {
        new Color(0x1F, 0x5F, 0xA8), new Color(0x7B, 0x4F, 0xA8), new Color(0x1A, 0x8C, 0x8C),
        new Color(0x8C, 0x5A, 0x2B), new Color(0x4A, 0x7F, 0xD0), new Color(0xA8, 0x4F, 0x8E),
        new Color(0x3E, 0x6B, 0x6B), new Color(0x5C, 0x5C, 0x8A), new Color(0xB0, 0x7A, 0x4A),
        new Color(0x2E, 0x9C, 0xC8), new Color(0x9A, 0x8C, 0xC8), new Color(0x6E, 0x6E, 0x6E)};

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

    /** The same colour, light enough to read text over; stronger on a dark background, where faint tints vanish. */
    static Color highlight(double score) {
        Color c = forScore(score);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), isDark() ? 120 : 70);
    }

    /** A rule's colour: the same rule has the same colour in every article and every run. */
    static Color forRule(String ruleId) {
        return RULES[Math.floorMod(ruleId.hashCode(), RULES.length)];
    }

    /** The line under evidence: the theme's link colour, which each theme keeps readable on its background. */
    static Color evidence() {
        Color link = UIManager.getColor("Component.linkColor");
        return link != null ? link : isDark() ? new Color(0x8A, 0xB4, 0xF8) : new Color(0x30, 0x30, 0xC0);
    }

    static Color background() {
        Color c = UIManager.getColor("Panel.background");
        return c != null ? c : Color.WHITE;
    }

    static Color foreground() {
        Color c = UIManager.getColor("Label.foreground");
        return c != null ? c : Color.BLACK;
    }

    /** True when the theme in force draws light text on a dark background. */
    static boolean isDark() {
        Color bg = background();
        return (bg.getRed() * 299 + bg.getGreen() * 587 + bg.getBlue() * 114) / 1000 < 128;
    }
}
