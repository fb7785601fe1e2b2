package com.targetmonitor.cli;

import picocli.CommandLine.Command;

/** target-monitor: the sub-commands for scripting and batch use. Without one the desktop window opens. */
@Command(name = "target-monitor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Target Monitor (目标进度监测): plan targets against actuals, from the command line.",
        subcommands = {NewCommand.class, DemoCommand.class, PlansCommand.class, StatusCommand.class, CheckCommand.class,
                ReportCommand.class, ImportCommand.class, ExportCommand.class, TemplateCommand.class,
                SelfTestCommand.class, BackupsCommand.class, RestoreCommand.class, HistoryCommand.class,
                ExtractCommand.class, CopyCommand.class, UserCommand.class})
final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // Listed from the registered commands, so the message cannot fall behind the list above.
        String names = String.join(", ", spec.commandLine().getSubcommands().keySet());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a sub-command: " + names);
    }
}
