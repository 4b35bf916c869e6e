package org.carbonmrv.platform.readmodels;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A projection whose tables hold nothing but what its event handlers wrote: they can be emptied
 * and written again by replaying the event store through the same handlers ({@link ReadModelRebuild}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RebuildableReadModel {

    /** The tables the projection writes, in the service's schema. */
    String[] tables();
}
