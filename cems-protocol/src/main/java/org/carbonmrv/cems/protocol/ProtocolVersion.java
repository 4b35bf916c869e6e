package org.carbonmrv.cems.protocol;

/**
 * The edition of HJ 212 a frame follows. The 2017 edition puts its version number in the upper
 * six bits of {@code Flag} (000001 for HJ 212-2017); frames of the 2005 edition carry version
 * bits 000000, or no {@code Flag} at all, and answer-request and split-packet bits only.
 */
public enum ProtocolVersion {
    HJ212_2005,
    HJ212_2017;

    static ProtocolVersion ofFlag(Integer flag) {
        if (flag == null) {
            return HJ212_2005;
        }
        return (flag >> 2) == 1 ? HJ212_2017 : HJ212_2005;
    }
}
