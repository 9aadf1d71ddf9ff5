package org.credence.app.workbench.view;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;

import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.Position;
import javax.swing.text.View;

/** Draws a thick line under a stretch of text: how evidence is marked inside a highlighted claim. */
final class UnderlinePainter extends LayeredHighlighter.LayerPainter {

    private final Color color;

    UnderlinePainter(Color color) {
        this.color = color;
    }

    @Override
    public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
        // painted per view fragment in paintLayer
    }

    @Override
    public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
        try {
            Shape shape = view.modelToView(offs0, Position.Bias.Forward, offs1, Position.Bias.Backward, bounds);
            Rectangle r = shape instanceof Rectangle rect ? rect : shape.getBounds();
            g.setColor(color);
            g.fillRect(r.x, r.y + r.height - 2, r.width, 2);
            return r;
        } catch (BadLocationException e) {
            return null;
        }
    }
}
