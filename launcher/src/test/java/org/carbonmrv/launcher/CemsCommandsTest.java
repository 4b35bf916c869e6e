package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CemsCommandsTest {

    private static final String SEGMENT =
            "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";
    private static final String MINUTE = "QN=20250301101500123;ST=31;CN=2051;PW=123456;MN=AAPP0001UNIT1;Flag=5;"
            + "CP=&&DataTime=20250301101400;a21026-Avg=112.5,a21026-Flag=N&&";

    @TempDir
    Path folder;

    private record Run(int exit, List<JsonNode> frames, String errors) {}

    private Run parse(String content) throws Exception {
        Path file = folder.resolve("capture.txt");
        Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CemsCommands.run(
                new String[] {"cems", "parse", file.toString()},
                new PrintStream(out, true),
                new PrintStream(err, true));
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> frames = out.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> {
                    try {
                        return json.readTree(line);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        return new Run(exit, frames, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void framesThatHoldExitZeroWithTheirFields() throws Exception {
        String minute = new String(org.carbonmrv.cems.protocol.FrameWriter.frame(MINUTE), StandardCharsets.ISO_8859_1);
        Run run = parse("##0101" + SEGMENT + "1C80\r\n" + minute);
        assertThat(run.exit()).isZero();
        assertThat(run.frames()).hasSize(2);
        JsonNode first = run.frames().get(0);
        assertThat(first.get("lengthGiven").asInt()).isEqualTo(101);
        assertThat(first.get("lengthActual").asInt()).isEqualTo(101);
        assertThat(first.get("crcComputed").asText()).isEqualTo("1C80");
        assertThat(first.get("header").get("CN").asText()).isEqualTo("1062");
        assertThat(first.get("version").asText()).isEqualTo("HJ212_2017");
        assertThat(first.get("problems")).isEmpty();
        JsonNode second = run.frames().get(1);
        assertThat(second.get("cp").get("DataTime").asText()).isEqualTo("20250301101400");
        assertThat(second.get("cp").get("pollutants").get("a21026").get("Avg").asText())
                .isEqualTo("112.5");
    }

    @Test
    void aWrongCrcOrLengthExitsTwoNamingIt() throws Exception {
        Run run = parse("##0101" + SEGMENT + "1C81\r\n" + "##0100" + SEGMENT + "1C80\r\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.frames().get(0).get("crcGiven").asText()).isEqualTo("1C81");
        assertThat(run.frames().get(0).get("problems").get(0).asText()).isEqualTo("CRC 1C81 given, 1C80 computed");
        assertThat(run.frames().get(1).get("problems").get(0).asText())
                .isEqualTo("the data segment is 101 bytes; the frame says 100");
    }

    @Test
    void aFileWithoutFramesOrMissingExitsTwo() throws Exception {
        assertThat(parse("hello\r\n").exit()).isEqualTo(2);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(CemsCommands.run(
                        new String[] {"cems", "parse", folder.resolve("none").toString()},
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }
}
