package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.cems.protocol.CpData;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.protocol.Frame;
import org.carbonmrv.cems.protocol.FrameReader;
import org.carbonmrv.cems.protocol.MalformedFrameException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code mrv cems parse FILE}: every HJ 212 frame of a file (a capture of what a data logger sent)
 * as one line of JSON: where it starts, the data segment's length given and found, the CRC given
 * and computed, the header fields, the CP's fields by pollutant, and what is wrong with it. Exit 0
 * when every frame's length and CRC hold, 2 when one does not (or the file cannot be read).
 */
final class CemsCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CemsCommands() {}

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length != 3 || !args[1].equals("parse")) {
            err.println("usage: ./mrv cems parse FILE");
            return 2;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(args[2]));
        } catch (NoSuchFileException e) {
            err.println("no such file: " + args[2]);
            return 2;
        }
        List<Frame> frames = FrameReader.frames(bytes);
        boolean allHold = true;
        for (Frame frame : frames) {
            out.println(JSON.writeValueAsString(json(frame)));
            allHold &= !frame.lengthWrong() && !frame.crcWrong();
        }
        if (frames.isEmpty()) {
            err.println("no frame (## ... CR LF) in " + args[2]);
            return 2;
        }
        return allHold ? 0 : 2;
    }

    static ObjectNode json(Frame frame) {
        ObjectNode node = JSON.createObjectNode();
        node.put("offset", frame.offset());
        node.put("lengthGiven", frame.lengthGiven());
        node.put("lengthActual", frame.lengthActual());
        node.put("crcGiven", frame.crcGiven());
        node.put("crcComputed", frame.crcComputed());
        try {
            DataSegment segment = frame.segment();
            ObjectNode header = node.putObject("header");
            segment.header().forEach(header::put);
            node.put("version", segment.version().name());
            CpData cp = CpData.parse(segment.cp());
            ObjectNode cpNode = node.putObject("cp");
            cp.fields().forEach(cpNode::put);
            ObjectNode pollutants = cpNode.putObject("pollutants");
            cp.pollutants().forEach((code, values) -> {
                ObjectNode pollutant = pollutants.putObject(code);
                values.forEach(pollutant::put);
            });
            node.putPOJO("problems", frame.problems());
        } catch (MalformedFrameException e) {
            node.put("dataSegment", frame.dataSegment());
            node.putPOJO(
                    "problems",
                    java.util.stream.Stream.concat(
                                    frame.problems().stream(), java.util.stream.Stream.of(e.getMessage()))
                            .toList());
        }
        return node;
    }
}
