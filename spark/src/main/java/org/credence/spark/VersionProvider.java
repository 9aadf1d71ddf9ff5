package org.credence.spark;

import org.apache.spark.package$;
import org.credence.api.ApiVersion;

import picocli.CommandLine;

/** {@code credence-spark --version}: this module's, the plugin API's, Spark's and Java's versions. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String own = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "credence-spark " + (own == null ? "(development build)" : own),
            "plugin API " + ApiVersion.current(),
            "Apache Spark " + package$.MODULE$.SPARK_VERSION(),
            "Java " + System.getProperty("java.version")};
    }
}
