package org.carbonmrv.portal.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.security.SignedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows: who is signed in, for which organisation, in which roles. */
@ControllerAdvice
class PageModel {

    private static final Figures FIGURES = new Figures();

    private final PlatformApi api;

    PageModel(PlatformApi api) {
        this.api = api;
    }

    /** The page's own path, for the language links (a relative link: never somewhere else). */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("figures")
    Figures figures() {
        return FIGURES;
    }

    @ModelAttribute("me")
    SignedIn me() {
        return api.signedIn().orElse(null);
    }
}
