package org.carbonmrv.api.project;

/**
 * Where a project is: the host country (ISO 3166-1 alpha-2, e.g. CN) and its province or other
 * first-level subdivision (ISO 3166-2, e.g. CN-ZJ for Zhejiang), as registries print them.
 */
public record Location(String country, String subdivision) {

    /** The subdivision's own code, without the country: ZJ for CN-ZJ. */
    public String subdivisionCode() {
        return subdivision.substring(subdivision.indexOf('-') + 1);
    }
}
