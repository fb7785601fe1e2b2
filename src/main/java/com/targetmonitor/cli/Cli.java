package com.targetmonitor.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line entry: parses, runs one sub-command, and turns every failure into one line on
 * stderr and a non-zero exit (2 for a wrong argument, 1 for anything that went wrong while working).
 * Output is UTF-8 whatever the console's default, so Chinese names survive a pipe.
 */
public final class Cli {

    private Cli() {
    }

    public static int run(String... args) {
        // Buffered, flushed when the command ends: flushing every line made `status` of 50,000 indicators
        // 50,000 writes to the terminal or file. Errors go out at once.
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = RootCommand.commandLine(args);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.registerConverter(com.targetmonitor.model.AsOf.class, text -> {
            try {
                return com.targetmonitor.model.AsOf.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            err.println("error: " + oneLine(ex.getMessage()) + " (see --help)");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("error: " + oneLine(message(ex)));
            org.slf4j.LoggerFactory.getLogger(Cli.class).debug("command failed", ex);
            return 1;
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError | StackOverflowError ex) {
            // picocli hands on Errors; the officer still gets one line, never a stack trace.
            err.println("error: the input is too large to process (" + ex.getClass().getSimpleName()
                    + "); nothing was changed");
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
