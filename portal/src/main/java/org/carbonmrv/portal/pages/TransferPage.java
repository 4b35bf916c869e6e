package org.carbonmrv.portal.pages;

import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A holder transfers credits to another organisation's holding account: a quantity (the registry
 * takes the account's highest serials) or a serial range. One call to the API.
 */
@Controller
class TransferPage {

    private final PlatformApi api;

    TransferPage(PlatformApi api) {
        this.api = api;
    }

    record TransferForm(String toAccount, String quantity, String serialStart, String serialEnd) {}

    @GetMapping("/accounts/{accountId}/transfer")
    String form(@PathVariable String accountId, Model model) {
        model.addAttribute("accountId", accountId);
        model.addAttribute("form", new TransferForm("", "", "", ""));
        return "transfer";
    }

    @PostMapping("/accounts/{accountId}/transfer")
    String transfer(
            @PathVariable String accountId,
            @ModelAttribute("form") TransferForm form,
            Model model,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fromAccount", accountId);
        body.put("toAccount", form.toAccount() == null ? "" : form.toAccount().strip());
        putNumber(body, "quantity", form.quantity());
        putNumber(body, "serialStart", form.serialStart());
        putNumber(body, "serialEnd", form.serialEnd());
        try {
            api.post("/api/registry/transfers", body);
            flash.addFlashAttribute("done", "portal.transfer.done");
            return "redirect:/";
        } catch (ApiProblem refused) {
            model.addAttribute("accountId", accountId);
            model.addAttribute("problem", refused);
            return "transfer";
        }
    }

    /** A blank field not at all: the registry takes a quantity or a range. */
    private static void putNumber(Map<String, Object> body, String field, String typed) {
        if (typed != null && !typed.isBlank()) {
            body.put(field, Outcomes.wholeNumberOrText(typed));
        }
    }
}
