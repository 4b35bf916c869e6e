package org.carbonmrv.platform.readmodels;

import org.carbonmrv.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator rebuilds this service's read models from the event store. */
@RestController
@RequestMapping("${mrv.operations.path}/read-models")
@PreAuthorize("hasRole('" + Role.PLATFORM_OPERATOR + "')")
public class ReadModelsController {

    private final ReadModelRebuild rebuild;

    ReadModelsController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    public ReadModelRebuild.Rebuilt rebuild() {
        return rebuild.rebuild();
    }
}
