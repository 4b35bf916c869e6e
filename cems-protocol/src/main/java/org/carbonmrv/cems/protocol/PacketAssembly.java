package org.carbonmrv.cems.protocol;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts a split message together again. A message too long for one frame goes as {@code PNUM}
 * packets numbered {@code PNO} 1 to {@code PNUM}, each with Flag's bit D set and the same {@code
 * QN}; once all have arrived (in any order, a repeat counted once) the message is their header
 * without {@code PNUM}/{@code PNO} and bit D, with their CPs joined in packet order. One assembly
 * per connection: a logger's packets of one message come on its own connection.
 */
public final class PacketAssembly {

    private final Map<String, TreeMap<Integer, DataSegment>> pending = new HashMap<>();

    /** The whole message once its last packet is in; a segment that is not split is whole already. */
    public Optional<DataSegment> add(DataSegment packet) {
        if (!packet.split()) {
            return Optional.of(packet);
        }
        int count = packet.packets();
        int number = packet.packet();
        if (count < 1 || number < 1 || number > count) {
            throw new MalformedFrameException("packet " + number + " of " + count + " cannot be");
        }
        String key = packet.mn() + "/" + packet.qn();
        TreeMap<Integer, DataSegment> parts = pending.computeIfAbsent(key, k -> new TreeMap<>());
        parts.put(number, packet);
        if (parts.size() < count) {
            return Optional.empty();
        }
        pending.remove(key);
        Map<String, String> header =
                new LinkedHashMap<>(parts.firstEntry().getValue().header());
        header.remove("PNUM");
        header.remove("PNO");
        header.put("Flag", String.valueOf(packet.flag() & ~2));
        StringBuilder cp = new StringBuilder();
        for (DataSegment part : parts.values()) {
            if (!cp.isEmpty() && !part.cp().isEmpty()) {
                cp.append(';');
            }
            cp.append(part.cp());
        }
        return Optional.of(new DataSegment(header, cp.toString()));
    }

    /** Messages still waiting for packets. */
    public int waiting() {
        return pending.size();
    }
}
