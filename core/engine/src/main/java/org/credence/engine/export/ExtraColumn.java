package org.credence.engine.export;

import java.util.Objects;
import java.util.function.Function;

import org.credence.api.Claim;

/** A column a caller adds to the CSV export, such as a reviewer's verdict; its value is text. */
public record ExtraColumn(String header, Function<Claim, String> value) {

    public ExtraColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
    }
}
