package org.carbonmrv.portal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a list as every list of the platform answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiPage<T>(List<T> items, int page, int size, long total) {}
