package org.carbonmrv.cems.protocol;

/** The request answer's result (HJ 212-2017, CN 9011's {@code QnRtn}): why a request is taken or refused. */
public enum QnRtn {
    READY(1),
    REFUSED(2),
    WRONG_PASSWORD(3),
    WRONG_MN(4),
    WRONG_ST(5),
    WRONG_FLAG(6),
    WRONG_QN(7),
    WRONG_CN(8),
    WRONG_CRC(9),
    UNKNOWN(100);

    private final int code;

    QnRtn(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
