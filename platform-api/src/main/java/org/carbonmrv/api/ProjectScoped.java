package org.carbonmrv.api;

/** A message that concerns one project; the audit metadata of its events names that project. */
public interface ProjectScoped {
    String projectId();
}
