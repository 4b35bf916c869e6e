package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.caraapp.CarCnAappTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue's validity and fixed parameters, and requantification figure by figure. The
 * expected figures are computed by hand from the Linhai trace: BE = 22814.480 × 0.015 × 470.42268 /
 * 470.84310 × 12400 = 4239704.227… → 4239704; PE_ND = 0.02864 × 12400 = 355.136 → 355.14;
 * PE = ⌈355.14 + 295.68 + 234.38⌉ = 886; ER = 4238818.
 */
class RequantificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LINHAI = Path.of("..", "..", "shared", "cases", "cn-hfc23-linhai-2019", "source.json");

    private static JsonNode linhai() throws IOException {
        return JSON.readTree(Files.readAllBytes(LINHAI));
    }

    private static Methodology cm010(String version) {
        return MethodologyCatalogue.find("CM-010", version).orElseThrow();
    }

    @Test
    void linhaiUnderTheAr5GlobalWarmingPotentialGainsWhatTheHigherGwpAddsToTheBaselineAndTheUndestroyedGas()
            throws IOException {
        Requantification r = Requantification.of(linhai(), cm010("V01"), cm010("V01-AR5"));

        assertThat(r.pinned()).isEqualTo("CM-010-V01");
        assertThat(r.requantifiedUnder()).isEqualTo("CM-010-V01-AR5");
        assertThat(r.restatedParameters()).containsExactly(Map.entry("constants.GWP_HFC23", "12400"));
        assertThat(r.restatedDatasetDigest()).isNotEqualTo(r.datasetDigest());
        assertThat(r.figures())
                .contains(
                        new Requantification.Figure("BE_y", "4000366", "4239704", "239338"),
                        new Requantification.Figure("PE_ND_HFC23_y", "335.09", "355.14", "20.05"),
                        new Requantification.Figure("PE_CO2_HFC23_y", "295.68", "295.68", "0.00"),
                        new Requantification.Figure("PE_y", "866", "886", "20"),
                        new Requantification.Figure("ER_y", "3999500", "4238818", "239318"),
                        new Requantification.Figure("Q_HFC23_dec_inlet_y", "470.42268", "470.42268", "0.00000"));
    }

    @Test
    void aStricterSubstituteBypassCapTakesTheCreditOfAMonthWithTwelvePercentSubstituteBypass() {
        // 10 hours of substituted bypass at 0.5 t/h: 5 t of 41 t emitted, a share of 0.1220
        ObjectNode month = CarCnAappTest.dataset(
                "10000",
                "12000",
                h -> h < 10
                        ? new CarCnAappTest.Hour("10000", "500", "5000", "N", "N", true)
                        : CarCnAappTest.Hour.normal());
        Methodology pinned =
                MethodologyCatalogue.find("CAR-CN-AAPP", "1.0-workgroup").orElseThrow();
        Methodology strict =
                MethodologyCatalogue.find("CAR-CN-AAPP", "1.0-workgroup-cap10").orElseThrow();

        Requantification r = Requantification.of(month, pinned, strict);

        assertThat(r.figures())
                .contains(
                        new Requantification.Figure("bypass_substitute_share", "0.1220", "0.1220", "0.0000"),
                        new Requantification.Figure("BE", "21605", "21605", "0"),
                        new Requantification.Figure("PE", "12385", "12385", "0"),
                        new Requantification.Figure("ER_credited", "9220", "0", "-9220"),
                        new Requantification.Figure("bypass_substitute_cap_exceeded", "false", "true", null));
    }

    @Test
    void aDataSetThatStatesAnotherValueThanItsVersionFixesIsRefusedNamingTheField() throws IOException {
        ObjectNode dataset = (ObjectNode) linhai();
        ((ObjectNode) dataset.get("constants")).put("GWP_HFC23", "14800");

        assertThatThrownBy(() -> cm010("V01").calculate(dataset)).isInstanceOfSatisfying(DatasetException.class, e -> {
            assertThat(e.field()).isEqualTo("constants.GWP_HFC23");
            assertThat(e.rule()).contains("fixes it at 11700");
        });
    }

    @Test
    void versionsOfAnotherMethodologyCannotRestateTheDataSet() throws IOException {
        Methodology aapp =
                MethodologyCatalogue.find("CAR-CN-AAPP", "1.0-workgroup").orElseThrow();
        assertThatThrownBy(() -> Requantification.of(linhai(), cm010("V01"), aapp))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("another methodology");
    }

    @Test
    void theDigestOfADataSetIsTheSameWhereverItWasWrittenAndStaysTheSameAcrossReleases() throws IOException {
        ObjectNode reordered = JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        linhai().fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        JsonNode original = linhai();
        names.forEach(n -> reordered.set(n, original.get(n)));

        assertThat(CanonicalJson.sha256(original))
                .isEqualTo("a984879218a0a6eb1efabb01e7fc55a5a9c89af5d614031e652e8e92f4c90132")
                .isEqualTo(CanonicalJson.sha256(reordered));
    }

    @Test
    void theCatalogueSaysWhichVersionsApplyToAPeriodAndWhichMayBeCredited() {
        MethodologyVersion v01 = MethodologyCatalogue.CM_010_V01;
        assertThat(v01.covers(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
                .isTrue();
        assertThat(v01.covers(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
                .isFalse();
        assertThat(v01.covers(LocalDate.of(2018, 12, 1), LocalDate.of(2019, 11, 30)))
                .isFalse();
        assertThat(MethodologyCatalogue.CAR_CN_AAPP_1_0.covers(LocalDate.of(2024, 4, 1), LocalDate.of(2030, 4, 30)))
                .isTrue();
        assertThat(MethodologyCatalogue.all())
                .extracting(m -> m.key() + ":" + m.catalogueEntry().creditable())
                .containsExactly(
                        "CM-010-V01:true",
                        "CM-010-V01-AR5:false",
                        "CAR-CN-AAPP-1.0-workgroup:true",
                        "CAR-CN-AAPP-1.0-workgroup-cap10:false");
    }
}
