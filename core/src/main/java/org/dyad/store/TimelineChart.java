package org.dyad.store;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The conflict/cooperation chart of a timeline: per period, a bar of clusters stacked by quad class
 * (verbal and material cooperation in greens, verbal and material conflict in orange and red) and a
 * line of the mean Goldstein value on a −10..+10 axis. Written as SVG or PNG by the file's extension.
 */
public final class TimelineChart {
    static final String[] QUAD_COLORS = {"#8fd19e", "#2e8b57", "#f4a261", "#d62828"};
    static final String[] QUAD_NAMES = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
    static final String LINE = "#1d3557";
    static final int W = 960, H = 440, LEFT = 64, RIGHT = 64, TOP = 64, BOTTOM = 64;

    private TimelineChart() {
    }

    /** Draw operations, implemented for SVG and for a PNG image. */
    interface Canvas {
        void rect(double x, double y, double w, double h, String color);

        void line(double x1, double y1, double x2, double y2, String color, double width);

        void text(double x, double y, String s, int size, String color, String anchor);
    }

    public static void write(List<Queries.Period> periods, String title, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            Svg svg = new Svg();
            draw(periods, title, svg);
            Files.writeString(file, svg.done(), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            System.setProperty("java.awt.headless", "true");
            BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, W, H);
                draw(periods, title, new Png(g));
            } finally {
                g.dispose();
            }
            if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer in this Java");
        } else {
            throw new IllegalArgumentException("--chart must name a .svg or .png file, not '" + file + "'");
        }
    }

    static void draw(List<Queries.Period> periods, String title, Canvas c) {
        double pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
        c.text(LEFT, 24, title, 15, "#111111", "start");
        for (int q = 0; q < 4; q++) {
            double x = LEFT + q * 170;
            c.rect(x, 36, 12, 12, QUAD_COLORS[q]);
            c.text(x + 16, 46, QUAD_NAMES[q], 11, "#333333", "start");
        }
        c.line(LEFT + 680, 42, LEFT + 700, 42, LINE, 2);
        c.text(LEFT + 704, 46, "Goldstein mean", 11, "#333333", "start");
        int max = 1;
        for (Queries.Period p : periods) max = Math.max(max, p.total());
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        // axes and grid
        for (int v = 0; v <= top; v += step) {
            double y = TOP + ph - ph * v / top;
            c.line(LEFT, y, LEFT + pw, y, "#e6e6e6", 1);
            c.text(LEFT - 6, y + 4, Integer.toString(v), 10, "#555555", "end");
        }
        for (int g = -10; g <= 10; g += 5) {
            double y = TOP + ph / 2 - ph / 2 * g / 10.0;
            c.text(LEFT + pw + 6, y + 4, (g > 0 ? "+" : "") + g, 10, LINE, "start");
        }
        c.text(14, TOP - 8, "clusters", 10, "#555555", "start");
        c.text(LEFT + pw + 6, TOP - 8, "Goldstein", 10, LINE, "start");
        c.line(LEFT, TOP + ph, LEFT + pw, TOP + ph, "#999999", 1);
        c.line(LEFT, TOP + ph / 2, LEFT + pw, TOP + ph / 2, "#c8d0dc", 1);
        int n = periods.size();
        if (n == 0) {
            c.text(LEFT + pw / 2, TOP + ph / 2, "no events", 14, "#777777", "middle");
            return;
        }
        double slot = pw / n, bar = Math.max(1, Math.min(48, slot * 0.8));
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        Double px = null, py = null;
        for (int i = 0; i < n; i++) {
            Queries.Period p = periods.get(i);
            double x = LEFT + i * slot + (slot - bar) / 2;
            double y = TOP + ph;
            for (int q = 0; q < 4; q++) {
                double h = ph * p.quad()[q] / top;
                if (h > 0) {
                    c.rect(x, y - h, bar, h, QUAD_COLORS[q]);
                    y -= h;
                }
            }
            if (i % labelEvery == 0) c.text(LEFT + i * slot + slot / 2, TOP + ph + 16, p.start().toString(), 10, "#555555", "middle");
            if (p.goldsteinMean() != null) {
                double cx = LEFT + i * slot + slot / 2, cy = TOP + ph / 2 - ph / 2 * p.goldsteinMean() / 10.0;
                if (px != null) c.line(px, py, cx, cy, LINE, 2);
                c.rect(cx - 2, cy - 2, 4, 4, LINE);
                px = cx;
                py = cy;
            } else {
                px = null;
                py = null;
            }
        }
    }

    static int niceStep(int max) {
        int raw = Math.max(1, max / 5);
        int mag = 1;
        while (mag * 10 <= raw) mag *= 10;
        for (int m : new int[]{1, 2, 5, 10}) if (m * mag >= raw) return m * mag;
        return 10 * mag;
    }

    static final class Svg implements Canvas {
        private final StringBuilder b = new StringBuilder();

        Svg() {
            b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                    .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n")
                    .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        }

        @Override
        public void rect(double x, double y, double w, double h, String color) {
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n", x, y, w, h, color));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String color, double width) {
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                    x1, y1, x2, y2, color, width));
        }

        @Override
        public void text(double x, double y, String s, int size, String color, String anchor) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" text-anchor=\"%s\">%s</text>%n",
                    x, y, size, color, anchor, esc(s)));
        }

        String done() {
            return b.append("</svg>\n").toString();
        }

        static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    static final class Png implements Canvas {
        private final Graphics2D g;

        Png(Graphics2D g) {
            this.g = g;
        }

        @Override
        public void rect(double x, double y, double w, double h, String color) {
            g.setColor(Color.decode(color));
            g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String color, double width) {
            g.setColor(Color.decode(color));
            g.setStroke(new BasicStroke((float) width));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void text(double x, double y, String s, int size, String color, String anchor) {
            g.setColor(Color.decode(color));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            int w = g.getFontMetrics().stringWidth(s);
            double dx = anchor.equals("end") ? -w : anchor.equals("middle") ? -w / 2.0 : 0;
            g.drawString(s, (float) (x + dx), (float) y);
        }
    }
}
