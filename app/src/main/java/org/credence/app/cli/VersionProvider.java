package org.credence.app.cli;

import org.credence.api.ApiVersion;
import picocli.CommandLine;

/** `credence --version`: the application's and the plugin API's versions. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String app = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "credence " + (app == null ? "(development build)" : app),
            "plugin API " + ApiVersion.current(),
            "Java " + System.getProperty("java.version")};
    }
}
