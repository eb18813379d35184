package org.dyad.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file in dyad's format: {@code #} comment lines (the provenance header),
 * blank lines ignored, one column-header line, then rows. Errors name {@code file:line}.
 */
public final class DataFile {
    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    private DataFile(String name, List<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /** A row with access by column name. */
    public final class Row {
        private final int line;
        private final String[] cells;

        Row(int line, String[] cells) {
            this.line = line;
            this.cells = cells;
        }

        public String get(String column) {
            int i = columns.indexOf(column);
            if (i < 0) throw new IllegalArgumentException(name + ": no column '" + column + "' (have " + columns + ")");
            return i < cells.length ? cells[i].trim() : "";
        }

        public int line() { return line; }

        public String where() { return name + ":" + line; }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where() + ": " + message);
        }
    }

    public String name() { return name; }
    public List<String> columns() { return columns; }
    public List<Row> rows() { return rows; }

    /** Loads a class-path resource ({@code dyad/cameo/cameo-codes.tsv}). */
    public static DataFile resource(String path) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("data file missing from the class path: " + path);
        try (in) {
            return parse(path, in);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** True when the resource exists (optional data files). */
    public static boolean exists(String path) {
        return DataFile.class.getClassLoader().getResource(path) != null;
    }

    public static DataFile file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static DataFile parse(String name, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> columns = null;
        List<DataFile.Row> rows = new ArrayList<>();
        DataFile df = new DataFile(name, new ArrayList<>(), rows);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = List.of(cells);
                df.columns.addAll(columns);
                continue;
            }
            if (cells.length > columns.size()) {
                throw new IllegalArgumentException(name + ":" + n + ": " + cells.length + " cells but " + columns.size()
                        + " columns " + columns + " (are spaces used where a tab belongs, or a stray tab?)");
            }
            rows.add(df.new Row(n, cells));
        }
        if (columns == null) throw new IllegalArgumentException(name + ": no column-header line");
        return df;
    }

    /** Splits a {@code |}-joined list cell, dropping empties. */
    public static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /** Reads a whole class-path text resource. */
    public static String text(String path) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("resource missing: " + path);
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
