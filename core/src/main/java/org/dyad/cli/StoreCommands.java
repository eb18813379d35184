package org.dyad.cli;

import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** Error handling shared by the store commands: bad usage exits 2, a failure 1, and no stack trace reaches the user. */
final class StoreCommands {
    private StoreCommands() {
    }

    interface Body {
        Integer run() throws Exception;
    }

    static <T> T usage(CommandSpec spec, Callable<T> parse) {
        try {
            return parse.call();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
        }
    }

    static Integer run(CommandSpec spec, Body body) {
        String name = "dyad " + spec.name();
        try {
            return body.run();
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(name + ": " + e.getMessage());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println(name + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            spec.commandLine().getErr().println(name + ": out of memory (raise -Xmx in DYAD_JAVA_OPTS)");
        } catch (Exception | Error e) {
            spec.commandLine().getErr().println(name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        spec.commandLine().getErr().flush();
        return 1;
    }
}
