package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir Path dir;

    record Run(int rc, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute(args);
        return new Run(rc, out.toString(), err.toString());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("code").rc()).isEqualTo(2);
        assertThat(run("code", "--format", "xml", "a.txt").rc()).isEqualTo(2);
        assertThat(run("frobnicate").rc()).isEqualTo(2);
    }

    @Test
    void badInputIsReportedAndTheBatchGoesOn() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good = Files.writeString(dir.resolve("good.txt"), "date 2021-12-06 Russia accused Ukraine of shelling civilians.");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"j1\",\"date\":\"2021-12-06\",\"text\":\"Iran condemned Israel.\"}\n{oops\n");
        Run r = run("code", empty.toString(), good.toString(), bad.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(empty + ": error: empty file").contains(bad + ":2: error: malformed JSON")
                .contains("missing.txt: error: no such file");
        ObjectMapper m = new ObjectMapper();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(2);
        for (String l : lines) {
            JsonNode n = m.readTree(l);
            assertThat(n.has("event_id")).isTrue();
            assertThat(n.get("source").get("code").asText()).isNotEmpty();
            assertThat(n.has("coder_version")).isTrue();
        }
        assertThat(r.out()).contains("\"article_id\":\"good.txt\"").contains("\"article_id\":\"j1\"");
    }

    @Test
    void tsvAndPrettyFormats() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "date 2021-12-06 Russia accused Ukraine of shelling civilians.");
        Run tsv = run("code", "--format", "tsv", good.toString());
        assertThat(tsv.rc()).isZero();
        assertThat(tsv.out().split("\n")[0]).startsWith("article_id\tevent_id\t");
        assertThat(tsv.out()).contains("\tRUS\t").contains("\tUKR\t");
        Run pretty = run("code", "--format", "pretty", "--explain", good.toString());
        assertThat(pretty.out()).contains("RUS -> UKR").contains("pattern ");
    }
}
