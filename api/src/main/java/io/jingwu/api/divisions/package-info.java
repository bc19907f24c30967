/**
 * The administrative divisions of China (GB/T 2260 counties and above, Zhejiang townships): reference data
 * that places a request in a jurisdiction and lets citizens pick their place by name.
 */
package io.jingwu.api.divisions;
