package org.carbonmrv.cems.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The upper computer's answers to a data logger, as data segments ({@code ST=91}, the system
 * interaction code; {@code Flag=4}: this edition, no answer wanted). The data answer (9014) names
 * the request's {@code QN} and tells the logger its data is stored, so it need not send it again;
 * the request answer (9011) says whether a request is taken, and if not why.
 */
public final class Answers {

    public static final String DATA_ANSWER = "9014";
    public static final String REQUEST_ANSWER = "9011";
    private static final String SYSTEM_INTERACTION = "91";
    private static final String THIS_EDITION_NO_ANSWER = "4";

    private Answers() {}

    /** 9014: the data of request {@code QN} is stored. */
    public static DataSegment dataAnswer(DataSegment request) {
        return answer(request, DATA_ANSWER, "");
    }

    /** 9011 with {@code QnRtn}: the request is taken (1) or refused, and why. */
    public static DataSegment requestAnswer(DataSegment request, QnRtn result) {
        return answer(request, REQUEST_ANSWER, "QnRtn=" + result.code());
    }

    private static DataSegment answer(DataSegment request, String cn, String cp) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("QN", request.qn() == null ? "" : request.qn());
        header.put("ST", SYSTEM_INTERACTION);
        header.put("CN", cn);
        header.put("PW", request.pw() == null ? "" : request.pw());
        header.put("MN", request.mn() == null ? "" : request.mn());
        header.put("Flag", THIS_EDITION_NO_ANSWER);
        return new DataSegment(header, cp);
    }
}
