package org.dyad.spark;

import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.List;

/**
 * What coding one input gave: its article row (null when it could not be coded at all), its event
 * rows, and a failure row when the input or article failed (null otherwise).
 */
public record Coded(Row article, List<Row> events, Row failed) implements Serializable {
}
