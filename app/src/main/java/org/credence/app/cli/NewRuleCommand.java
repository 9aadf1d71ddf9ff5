package org.credence.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credence.app.scaffold.RuleScaffold;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `credence new-rule NAME`: a Maven project for a new rule plugin, with an example rule and its tests. */
@Command(name = "new-rule", mixinStandardHelpOptions = true,
        description = {"Creates DIR/NAME, a Maven project for a new rule plugin: an example rule, its tests and a build "
                + "that makes the plugin jar. See docs/writing-a-rule.md.",
            "",
            "The project builds against the Credence artifacts in your local Maven repository. To put them there, run "
                + "this in the Credence folder first:",
            "  ./mvnw -q -B install -DskipTests"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the project was created",
            "2:the command line was wrong (NAME or --package is not valid)",
            "3:DIR/NAME already exists or could not be written; nothing was written"})
final class NewRuleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The rule's id, also the project's folder: lower-case letters and "
            + "digits, words joined by hyphens (sources-say).")
    String name;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to create the project in (default: the current "
            + "folder); made when absent.")
    Path dir;

    @Option(names = "--package", paramLabel = "PKG", description = "Java package of the rule (default: "
            + "org.example.rules and NAME without hyphens).")
    String javaPackage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleScaffold.Result made;
        try {
            made = new RuleScaffold().create(dir == null ? Path.of("") : dir, name, javaPackage,
                    System.getProperty("user.name"));
        } catch (RuleScaffold.Refused e) {
            new Console(spec).error(e.getMessage());
            return e.usage() ? ExitCodes.USAGE : ExitCodes.FAILED;
        }
        out.println("Created " + made.project() + ", a rule project for " + made.ruleClass() + ":");
        made.files().forEach(f -> out.println("  " + f));
        out.println();
        out.println("Build and test the plugin jar:");
        out.println("  cd " + made.project());
        out.println("  ./mvnw -q -B package");
        out.println("then copy target/" + name + "-" + RuleScaffold.PROJECT_VERSION + ".jar into " + pluginsFolder()
                + ", or score with --plugins and a folder that holds it.");
        out.flush();
        return ExitCodes.OK;
    }

    private static String pluginsFolder() {
        Path installed = PluginsOption.installationPlugins();
        return installed != null ? installed.toString() : "the plugins folder of the Credence distribution";
    }
}
