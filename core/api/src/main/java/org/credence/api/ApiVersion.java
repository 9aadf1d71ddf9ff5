package org.credence.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this plugin API, which plugins name in their {@code plugin.requires}. */
public final class ApiVersion {

    private ApiVersion() {
    }

    /** @return the API version, such as "1.0.0" */
    public static String current() {
        try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("api.version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API version", e);
        }
    }
}
