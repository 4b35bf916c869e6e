/**
 * The monitoring-service's answers that other services read (the calculation-service, the
 * portal): one definition, written by the service and read by its clients.
 */
package org.carbonmrv.api.monitoring.view;
