package org.carbonmrv.methodology;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.methodology.MethodologyVersion.Status;
import org.carbonmrv.methodology.caraapp.CarCnAapp;
import org.carbonmrv.methodology.cm010.Cm010V01;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The methodology versions this engine knows, with their validity and the parameters each fixes
 * (docs/methodologies.md explains every entry). A variant that only changes fixed parameters is a
 * new entry here; a variant whose equations differ is a new implementation beside the others.
 */
public final class MethodologyCatalogue {

    private static final String NOTICE_2020_105 =
            "CM-010-V01 as MEE notice 环办气候函[2020]105号 applies it to the 2019 year:"
                    + " GWP 11700 (annex 1, art. 8), W_default 1.5 % for 2019, CO2 from destroyed HFC-23 0.62857";

    public static final MethodologyVersion CM_010_V01 = new MethodologyVersion(
            "CM-010",
            "V01",
            "HFC-23 waste gas incineration (first version), 2019 verification notice",
            "HFC-23 废气焚烧（第一版），2019 年度核查通知",
            Status.ACTIVE,
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 12, 31),
            Map.of(
                    "constants.GWP_HFC23",
                    "11700",
                    "constants.EF_CO2_per_HFC23_t",
                    "0.62857",
                    "constants.W_default",
                    "0.015"),
            NOTICE_2020_105);

    public static final MethodologyVersion CM_010_V01_AR5 = new MethodologyVersion(
            "CM-010",
            "V01-AR5",
            "CM-010-V01 restated with the IPCC AR5 GWP of HFC-23 (12400)",
            "CM-010-V01，按 IPCC 第五次评估报告 GWP（12400）重新量化",
            Status.SENSITIVITY,
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 12, 31),
            Map.of(
                    "constants.GWP_HFC23",
                    "12400",
                    "constants.EF_CO2_per_HFC23_t",
                    "0.62857",
                    "constants.W_default",
                    "0.015"),
            "the equations of V01 with GWP_HFC23 from IPCC AR5 (100-year), as Paris Agreement transparency reporting uses; "
                    + "for requantification only, never credited");

    public static final MethodologyVersion CAR_CN_AAPP_1_0 = new MethodologyVersion(
            "CAR-CN-AAPP",
            "1.0-workgroup",
            "China Adipic Acid Production Protocol, N2O abatement, as the May 2023 workgroup fixed it",
            "中国己二酸生产 N2O 减排议定书（2023 年 5 月工作组版本）",
            Status.ACTIVE,
            LocalDate.of(2023, 5, 1),
            null,
            Map.of(
                    "constants.DE_baseline",
                    "0.90",
                    "constants.GWP_N2O",
                    "298",
                    "constants.bypass_substitute_cap",
                    "0.25"),
            "workgroup notes and slides of May 2023 (seeds 000, 001): baseline DE 90 %, GWP 298 as the U.S. protocol at "
                    + "adoption, 25 % cap on substitute bypass data as proposed");

    public static final MethodologyVersion CAR_CN_AAPP_1_0_CAP10 = new MethodologyVersion(
            "CAR-CN-AAPP",
            "1.0-workgroup-cap10",
            "CAR-CN-AAPP 1.0-workgroup with the 10 % substitute bypass cap the workgroup suggested",
            "CAR-CN-AAPP 1.0 工作组版本，旁路替代数据上限取工作组建议的 10 %",
            Status.SENSITIVITY,
            LocalDate.of(2023, 5, 1),
            null,
            Map.of(
                    "constants.DE_baseline",
                    "0.90",
                    "constants.GWP_N2O",
                    "298",
                    "constants.bypass_substitute_cap",
                    "0.10"),
            "the workgroup's alternative to the proposed 25 % cap; for requantification only, never credited");

    private static final List<Methodology> METHODOLOGIES = List.of(
            new Cm010V01(CM_010_V01), new Cm010V01(CM_010_V01_AR5),
            new CarCnAapp(CAR_CN_AAPP_1_0), new CarCnAapp(CAR_CN_AAPP_1_0_CAP10));

    private MethodologyCatalogue() {}

    public static Optional<Methodology> find(String id, String version) {
        return METHODOLOGIES.stream()
                .filter(m -> m.id().equals(id) && m.version().equals(version))
                .findFirst();
    }

    /** The version a project pins: always in the catalogue, since a project is refused on any other. */
    public static Methodology pinnedBy(ProjectView project) {
        return find(project.methodologyId(), project.methodologyVersion())
                .orElseThrow(
                        () -> new IllegalStateException("project " + project.id() + " pins " + project.methodologyId()
                                + " " + project.methodologyVersion() + ", which the catalogue does not hold"));
    }

    /** By the combined key a data set names, e.g. {@code CM-010-V01}. */
    public static Optional<Methodology> byKey(String key) {
        return METHODOLOGIES.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public static List<Methodology> all() {
        return METHODOLOGIES;
    }
}
