package org.dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void sizesAreBytesOrKilobytesOrMegabytes() {
        assertThat(ServeCommand.size("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(ServeCommand.size("512kb")).isEqualTo(512L * 1024);
        assertThat(ServeCommand.size("1000000")).isEqualTo(1_000_000L);
        assertThat(ServeCommand.size("2 MiB")).isEqualTo(2L * 1024 * 1024);
        assertThatThrownBy(() -> ServeCommand.size("lots")).hasMessageContaining("--max-body must be a size");
        assertThatThrownBy(() -> ServeCommand.size("0")).hasMessageContaining("above 0");
    }

    @Test
    void wrongUsageExitsWithTwoBeforeListening() {
        CliTest.Run r = CliTest.run("serve", "--max-body", "huge");
        assertThat(r.rc()).isEqualTo(2);
        assertThat(r.err()).contains("--max-body must be a size");
        assertThat(CliTest.run("serve", "--port", "70000").rc()).isEqualTo(2);
        assertThat(CliTest.run("serve", "--db", dir.toString()).err()).contains("is a directory");
        assertThat(CliTest.run("help", "serve").out()).contains("--host").contains("--max-body").contains("127.0.0.1");
    }
}
