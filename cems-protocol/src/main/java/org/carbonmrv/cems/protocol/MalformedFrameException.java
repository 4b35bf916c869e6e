package org.carbonmrv.cems.protocol;

/** A frame or data segment that does not follow HJ 212's syntax; the message says what is wrong. */
public class MalformedFrameException extends RuntimeException {

    public MalformedFrameException(String message) {
        super(message);
    }
}
