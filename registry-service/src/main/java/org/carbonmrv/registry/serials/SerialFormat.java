package org.carbonmrv.registry.serials;

/** How one programme writes a serial block; the block model stays the same for all. */
public interface SerialFormat {

    String format(SerialBlock block);
}
