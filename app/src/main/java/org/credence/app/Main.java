package org.credence.app;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;

import org.credence.app.cli.ConfigFolder;
import org.credence.app.cli.CredenceCommand;
import org.credence.app.cli.ExitCodes;

/** Entry point of the launcher jar: `credence` with a command runs it; the workbench comes with no command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // before anything logs: logback.xml reads the log folder from this property
        if (System.getProperty("credence.logs") == null) {
            System.setProperty("credence.logs", ConfigFolder.logs().toString());
        }
        int code = CredenceCommand.commandLine().execute(args);
        boolean workbenchOpen = Frame.getFrames().length > 0 && !GraphicsEnvironment.isHeadless();
        if (!workbenchOpen || code != ExitCodes.OK) {
            System.exit(code);
        }
        // the workbench's event thread keeps the JVM alive until its window closes
    }
}
