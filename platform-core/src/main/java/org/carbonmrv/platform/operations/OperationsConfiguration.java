package org.carbonmrv.platform.operations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/** The operator's endpoints of a service, under its {@code mrv.operations.path}. */
@AutoConfiguration
@ConditionalOnProperty("mrv.operations.path")
@Import(DeadLettersController.class)
public class OperationsConfiguration {}
