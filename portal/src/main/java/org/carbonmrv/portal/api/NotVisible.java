package org.carbonmrv.portal.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The API found nothing the user may see there: the portal shows its not-found page, never why. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotVisible extends RuntimeException {

    public NotVisible(String path) {
        super("nothing at " + path + " that you may see");
    }
}
