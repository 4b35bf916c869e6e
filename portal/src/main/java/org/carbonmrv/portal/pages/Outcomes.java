package org.carbonmrv.portal.pages;

import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the next page says of a form's action: done (a text of the bundles), or refused in the API's
 * own words with its problem code, which the page turns into the user's language when the bundles
 * know it ({@code portal.problem.<code>}).
 */
final class Outcomes {

    private Outcomes() {}

    static void refused(RedirectAttributes flash, ApiProblem refused) {
        flash.addFlashAttribute("refused", refused.getMessage());
        flash.addFlashAttribute("refusedCode", refused.code());
    }

    /** POSTs the form's body to the API and sends the browser {@code back}, with what came of it. */
    static String post(
            PlatformApi api,
            RedirectAttributes flash,
            String back,
            String done,
            String path,
            Object body,
            Object... variables) {
        try {
            api.post(path, body, variables);
            flash.addFlashAttribute("done", done);
        } catch (ApiProblem refused) {
            refused(flash, refused);
        }
        return "redirect:" + back;
    }

    /** A whole number as typed with or without thousands separators; anything else as typed, for the API to name. */
    static Object wholeNumberOrText(String typed) {
        String compact = typed == null ? "" : typed.replace(",", "").strip();
        return compact.matches("\\d{1,18}") ? (Object) Long.parseLong(compact) : typed;
    }
}
