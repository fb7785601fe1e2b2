package com.targetmonitor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** target-monitor: the sub-commands for scripting and batch use. Without one the desktop window opens. */
@Command(name = "target-monitor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Target Monitor (目标进度监测): plan targets against actuals, from the command line.")
final class RootCommand implements Runnable {

    /**
     * The sub-commands by name, in the order help lists them. They are not in the annotation: picocli
     * would build every one of them by reflection on every start, where a run needs only the one named.
     * Nothing here loads a command class before it is run (CliHelpTest checks the names against the
     * commands' own annotations).
     */
    static final Map<String, String> COMMANDS = commands("new", "NewCommand", "demo", "DemoCommand", "plans",
            "PlansCommand", "status", "StatusCommand", "check", "CheckCommand", "report", "ReportCommand", "import",
            "ImportCommand", "export", "ExportCommand", "template", "TemplateCommand", "selftest", "SelfTestCommand",
            "backups", "BackupsCommand", "restore", "RestoreCommand", "history", "HistoryCommand", "extract",
            "ExtractCommand", "copy", "CopyCommand", "user", "UserCommand");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The command line for these arguments: only the sub-command they name, or all when they name none (help, a typo). */
    static CommandLine commandLine(String... args) {
        CommandLine cmd = new CommandLine(new RootCommand());
        String named = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
        for (Map.Entry<String, String> command : COMMANDS.entrySet()) {
            if (named == null || named.equals(command.getKey())) {
                cmd.addSubcommand(command.getKey(), commandClass(command.getValue()));
            }
        }
        return cmd;
    }

    static Class<?> commandClass(String simpleName) {
        try {
            return Class.forName(RootCommand.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no command class " + simpleName, e);
        }
    }

    @Override
    public void run() {
        // Listed from the registered commands, so the message cannot fall behind the list above.
        String names = String.join(", ", spec.commandLine().getSubcommands().keySet());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a sub-command: " + names);
    }

    private static Map<String, String> commands(String... nameThenClass) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            byName.put(nameThenClass[i], nameThenClass[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }
}
