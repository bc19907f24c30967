/** The units that own a queue (police stations, livelihood teams, the anti-fraud centre ...) and where they serve. */
package io.jingwu.api.units;
