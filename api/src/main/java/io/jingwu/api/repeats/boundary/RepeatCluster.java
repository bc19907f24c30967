package io.jingwu.api.repeats.boundary;

import java.util.List;

/** A request and every request linked to it directly, earlier or later, newest first. */
public record RepeatCluster(String trackingNumber, List<LinkedRequest> linked) {
}
