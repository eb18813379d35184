package org.dyad.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.EventRow;

import java.util.ArrayList;
import java.util.List;

/** The three outputs' Spark schemas. All columns nullable, as Parquet written by Spark and DuckDB has them. */
public final class Schemas {
    private Schemas() {
    }

    /** {@link EventRow#COLUMNS}, in that order, as Spark types: the columns of {@code dyad export --format parquet}. */
    public static final StructType EVENTS = events();

    /** One row per article that was coded; {@code content_hash} is the SHA-256 (hex) of {@code text}. */
    public static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("article_date", DataTypes.StringType)
            .add("publisher", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("content_hash", DataTypes.StringType);

    /** One row per input or article that failed: {@code article_id} is null when none could be read. */
    public static final StructType FAILED = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("origin", DataTypes.StringType)
            .add("reason", DataTypes.StringType);

    private static StructType events() {
        List<StructField> fields = new ArrayList<>();
        for (String[] c : EventRow.COLUMNS) fields.add(DataTypes.createStructField(c[0], sparkType(c[1]), true));
        return DataTypes.createStructType(fields);
    }

    static DataType sparkType(String sqlType) {
        return switch (sqlType) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            default -> throw new IllegalArgumentException("no Spark type for SQL type " + sqlType);
        };
    }
}
