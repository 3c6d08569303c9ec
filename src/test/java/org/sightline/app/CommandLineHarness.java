package org.sightline.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed, for the command-line tests. */
abstract class CommandLineHarness {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    protected int run(String... args) {
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
