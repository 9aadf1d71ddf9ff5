package org.credence.app;

import org.credence.app.cli.CredenceCommand;
import picocli.CommandLine;

/** Entry point of the launcher jar: `credence` with a command runs it; the workbench comes with no command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CredenceCommand.commandLine().execute(args));
    }
}
