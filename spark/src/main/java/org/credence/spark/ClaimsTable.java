package org.credence.spark;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The claims as a Parquet table for analytics (Spark SQL, pandas, DuckDB): one row per claim with the CSV's columns
 * and values, made from the same rows as the CSV so the two cannot disagree. The sentence number is an integer and
 * the scores and points are doubles (null where the CSV cell is empty); every other column is the CSV's text. The
 * folder must not exist yet: a run never deletes a folder it was pointed at.
 */
final class ClaimsTable {

    /** The CSV's format, as the engine writes it: comment lines start with '#'. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#').build();

    private final SparkSession session;
    private final String folder;

    ClaimsTable(SparkSession session, String folder) {
        this.session = session;
        this.folder = folder;
    }

    /**
     * Writes the table.
     *
     * @param head the CSV's head (byte-order mark, comment lines, header), whose header names the columns
     * @param rows each article's CSV rows, in article order
     */
    void write(String head, JavaRDD<String> rows) throws IOException {
        StructType schema = schema(header(head));
        int columns = schema.fields().length;
        DataType[] types = new DataType[columns];
        for (int i = 0; i < columns; i++) {
            types[i] = schema.fields()[i].dataType();
        }
        JavaRDD<Row> table = rows.flatMap(csv -> {
            List<Row> out = new ArrayList<>();
            try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
                for (CSVRecord record : parser) {
                    Object[] values = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        values[i] = value(record.get(i), types[i]);
                    }
                    out.add(RowFactory.create(values));
                }
            }
            return out.iterator();
        });
        Dataset<Row> frame = session.createDataFrame(table, schema);
        frame.write().mode(SaveMode.ErrorIfExists).parquet(folder);
    }

    /** The header's column names, from the CSV's head. */
    static List<String> header(String head) throws IOException {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                return record.toList();
            }
        }
        throw new IOException("the CSV's head has no header");
    }

    /** Integers and doubles where the CSV holds numbers, text elsewhere. */
    static StructType schema(List<String> header) {
        List<StructField> fields = new ArrayList<>();
        for (String name : header) {
            DataType type = name.equals("sentence") ? DataTypes.IntegerType
                    : name.equals("score") || name.equals("article_score") || name.startsWith("points:")
                    ? DataTypes.DoubleType : DataTypes.StringType;
            fields.add(DataTypes.createStructField(name, type, true));
        }
        return DataTypes.createStructType(fields);
    }

    static Object value(String cell, DataType type) {
        if (type == DataTypes.StringType) {
            return cell;
        }
        if (cell.isEmpty()) {
            return null;
        }
        return type == DataTypes.IntegerType ? (Object) Integer.valueOf(cell) : (Object) Double.valueOf(cell);
    }
}
