package io.jingwu.api.catalogue.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The active catalogue in one language (a contract, like {@link PublishedService}).
 *
 * @param language the language of names, labels and help
 * @param revision moves with every change of the catalogue
 */
public record ServiceList(String language, long revision, List<PublishedService> services) implements Serializable {
}
