package com.targetmonitor.cli;

import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Account;
import com.targetmonitor.persistence.Workspace;
import java.io.Console;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true, description = {
    "The accounts of a workspace on a server: admin (plans, indicators, units, rules, accounts), editor (every",
    "figure and note), reporter (the figures and notes of one unit's indicators), viewer (reads).",
    "The server itself enforces them. Run as the workspace's owner or an admin account (the server's",
    "tm_account_* functions add and remove logins for both; no other account may)."},
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Remove.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account (a login of the database).")
    static final class Add extends OnServer implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the account's login name")
        String name;

        @Option(names = "--password", paramLabel = "PW", description = "its password (asked for when left out)")
        String password;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor, reporter or viewer")
        String role;

        @Option(names = "--unit", paramLabel = "UNIT", description = "a reporter's unit (its exact name)")
        String unit;

        @Override
        public Integer call() {
            if (!Account.ROLES.contains(role)) {
                throw new ParameterException(spec.commandLine(), "--role: admin, editor, reporter or viewer, not " + role);
            }
            if ("reporter".equals(role) != (unit != null)) {
                throw new ParameterException(spec.commandLine(), "reporter".equals(role)
                        ? "--unit: a reporter needs its unit" : "--unit is only for a reporter");
            }
            String pw = password != null ? password : askPassword(spec, name);
            try (Workspace ws = openServer()) {
                Long unitId = null;
                if (unit != null) {
                    unitId = ws.units().findByName(unit).map(Unit::id).orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "--unit: no unit is named " + unit));
                }
                ws.accounts().add(name, pw, role, unitId);
                spec.commandLine().getOut().println("added " + name + " (" + role + (unit == null ? "" : ", " + unit)
                        + ") to " + ws.displayName());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts: name, role, unit.")
    static final class ListAccounts extends OnServer implements Callable<Integer> {

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = openServer()) {
                List<Account> accounts = ws.accounts().findAll();
                for (Account a : accounts) {
                    out.println(a.name() + "\t" + a.role() + "\t" + (a.unitName() == null ? "" : a.unitName()));
                }
                if (accounts.isEmpty()) {
                    spec.commandLine().getErr().println("no accounts yet (user add)");
                }
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account; its history stays.")
    static final class Remove extends OnServer implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the account's login name")
        String name;

        @Override
        public Integer call() {
            try (Workspace ws = openServer()) {
                ws.accounts().remove(name);
                spec.commandLine().getOut().println("removed " + name + " from " + ws.displayName());
            }
            return 0;
        }
    }

    private UserCommand() {
    }

    /** What every account command has: the server workspace it works on. */
    abstract static class OnServer {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        Workspace openServer() {
            if (!workspace.isServer()) {
                throw new ParameterException(spec.commandLine(), "--db: accounts belong to a workspace on a server "
                        + "(postgresql://…); a file's account is the computer's user");
            }
            return workspace.open();
        }
    }

    private static String askPassword(CommandSpec spec, String name) {
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("password for the new account %s: ", name);
        if (typed == null || typed.length == 0) {
            throw new ParameterException(spec.commandLine(), "--password: give the new account's password");
        }
        return new String(typed);
    }
}
