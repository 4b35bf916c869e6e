package org.carbonmrv.portal.pages;

import org.carbonmrv.portal.api.ApiProblem;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the next page says of a refused action: the API's own words, and its problem code, which
 * the page turns into the user's language when the bundles know it ({@code portal.problem.<code>}).
 */
final class Outcomes {

    private Outcomes() {}

    static void refused(RedirectAttributes flash, ApiProblem refused) {
        flash.addFlashAttribute("refused", refused.getMessage());
        flash.addFlashAttribute("refusedCode", refused.code());
    }
}
