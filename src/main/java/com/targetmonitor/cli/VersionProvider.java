package com.targetmonitor.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (written by Maven), or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Target Monitor " + (v == null ? "dev" : v)};
    }
}
